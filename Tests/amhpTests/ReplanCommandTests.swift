import Foundation
import Testing
import Workforce

/// End-to-end: `amhp rota --pins` and `amhp replan` on the demo hub, and `amhp bench replan`'s
/// sickness re-plan held to issue 15's target.
@Suite(.serialized) struct ReplanCommandTests {
    /// The tests below check what a re-plan keeps and changes, whatever the rota, so the clock may cut
    /// the solve: with a 600-s guard the fixed tries on the demo hub took 570 s in a debug build (the
    /// whole model's 200 nodes), and the suite 8 minutes longer.
    static let solve = ["--time-limit", "60", "--iterations", "4", "--seed", "3"]

    /// The demo hub's December, planned once: the rota a re-plan starts from.
    func publishedDecember(in folder: URL) throws -> URL {
        let out = folder.appendingPathComponent("published")
        let result = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2026-12", "--out", out.path] + Self.solve)
        #expect(result.status == 0, "\(result.errors)")
        return out.appendingPathComponent("rota.csv")
    }

    /// The cells of a rota.csv, `amhp_id,date` to shift.
    func cells(_ url: URL) throws -> [String: String] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var cells: [String: String] = [:]
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells["\(fields[0]),\(fields[2])"] = fields[3]
        }
        return cells
    }

    /// Amy and Beth, full time, share one day shift a day: a hub whose rota the search cannot improve,
    /// so an unchanged hub's re-plan has nothing to gain from any change.
    func twoPersonHub(in folder: URL) throws -> URL {
        let hub = folder.appendingPathComponent("hub")
        try FileManager.default.createDirectory(at: hub, withIntermediateDirectories: true)
        let cover = ["weekday", "saturday", "sunday", "bank_holiday"].map { "\($0),D,1,1,no,yes" }.joined(separator: "\n")
        let files = [
            "amhps.csv": "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights,practice_educator,educator_id\n"
                + "A1,Amy Ashford,LA,social_worker,AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,no,\nB1,Beth Barker,LA,social_worker,AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,no,\n",
            "shifts.csv": "code,name,start,end,night\nD,Day,09:00,17:00,no\n",
            "cover.csv": "day_type,shift,minimum,target,coordinator,second_worker\n\(cover)\n",
            "rules.yaml": "hub:\n  name: Two-person hub\n  standard_week_hours: 37\n",
        ]
        for (name, text) in files { try text.write(to: hub.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return hub
    }

    @Test func anUnchangedHubReplansToNoChanges() throws {
        let folder = try CLIRunner.temporaryFolder("replan-same")
        defer { try? FileManager.default.removeItem(at: folder) }
        let hub = try twoPersonHub(in: folder)
        let exact = ["--time-limit", "600", "--iterations", "20", "--seed", "3"]
        let published = folder.appendingPathComponent("published")
        let plan = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2026-12", "--out", published.path] + exact)
        #expect(plan.status == 0, "\(plan.errors)")
        let same = folder.appendingPathComponent("same")
        let replan = try CLIRunner.run(["replan", "--hub", hub.path, "--rota", published.appendingPathComponent("rota.csv").path,
                                        "--from", "2026-12-14", "--out", same.path] + exact)
        #expect(replan.status == 0, "\(replan.errors)")
        #expect(replan.output.contains("Changes from 2026-12-14: none"), "\(replan.output)")
        #expect(try cells(same.appendingPathComponent("rota.csv")) == cells(published.appendingPathComponent("rota.csv")))
        let changes = try String(contentsOf: same.appendingPathComponent("changes.csv"), encoding: .utf8)
        #expect(changes.split(whereSeparator: \.isNewline) == ["amhp_id,name,date,before,after,reason"])
    }

    @Test func aReplanKeepsThePastAndPins() throws {
        let folder = try CLIRunner.temporaryFolder("replan")
        defer { try? FileManager.default.removeItem(at: folder) }
        let published = try publishedDecember(in: folder)
        let before = try cells(published)
        // A pin: someone who worked the 20th is pinned off. They are off, nothing before the 14th moves,
        // and changes.csv gives the reason.
        guard let pinned = before.keys.sorted().first(where: { $0.hasSuffix(",2026-12-20") }) else {
            Issue.record("nobody works on 20 December")
            return
        }
        let id = String(pinned.prefix { $0 != "," })
        let pins = folder.appendingPathComponent("pins.csv")
        try "amhp_id,date,shift\n\(id),2026-12-20,\n".write(to: pins, atomically: true, encoding: .utf8)
        let moved = folder.appendingPathComponent("moved")
        let replan = try CLIRunner.run(["replan", "--hub", "Data/demo-hub", "--rota", published.path, "--from", "2026-12-14", "--out", moved.path,
                                        "--pins", pins.path] + Self.solve)
        #expect(replan.status == 0, "\(replan.errors)")
        let after = try cells(moved.appendingPathComponent("rota.csv"))
        #expect(after[pinned] == nil)
        #expect(after.filter { $0.key.suffix(10) < "2026-12-14" } == before.filter { $0.key.suffix(10) < "2026-12-14" })
        let changes = try String(contentsOf: moved.appendingPathComponent("changes.csv"), encoding: .utf8)
        #expect(changes.contains("\(id),") && changes.contains(",2026-12-20,") && changes.contains(",pinned"))
        #expect(replan.output.contains("Changes from 2026-12-14:") && replan.output.contains("loses"))

        // The same pin keeps in a plain solve with --pins.
        let plain = folder.appendingPathComponent("plain")
        let rota = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2026-12", "--out", plain.path, "--pins", pins.path] + Self.solve)
        #expect(rota.status == 0, "\(rota.errors)")
        #expect(try cells(plain.appendingPathComponent("rota.csv"))[pinned] == nil)
    }

    @Test func aPinBreakingAHardRuleOrABadPinsFileIsAnInputError() throws {
        let folder = try CLIRunner.temporaryFolder("bad-pins")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pins = folder.appendingPathComponent("pins.csv")
        let hub = try HubLoader.load(folder: CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub"))
        let december = Month("2026-12")!
        guard let absence = hub.absences.first(where: { absence in december.dates.contains { absence.dates.contains($0) } }),
              let day = december.dates.first(where: { absence.dates.contains($0) }),
              let shift = hub.shiftTypes.first(where: { !$0.isNight && !$0.isDuty }) else {
            Issue.record("the demo hub has no absence in December")
            return
        }
        try "amhp_id,date,shift\n\(absence.amhpID),\(day),\(shift.code)\n".write(to: pins, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2026-12", "--out", folder.appendingPathComponent("o").path,
                                         "--pins", pins.path, "--time-limit", "5"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("eligibility.absence") && refused.errors.contains("Fix:"))

        try "amhp_id,date,shift\nNOBODY,2026-12-03,\n".write(to: pins, atomically: true, encoding: .utf8)
        let unreadable = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2026-12", "--pins", pins.path, "--time-limit", "5"])
        #expect(unreadable.status == 2)
        #expect(unreadable.errors.contains("pins.csv, line 2, field amhp_id"))
    }

    /// Issue 15's benchmark, repeatably (fixed iterations, not timed): a full-time LA AMHP sick for
    /// five days from the 14th costs at most 3 changed cells per shift lost, and every shift below its
    /// minimum afterwards is one the workforce could not cover.
    @Test func theSicknessReplanOnTheDemoHubMeetsItsTarget() throws {
        // The benchmark's own published rota (seed 1, 20 iterations); the re-plan by a fixed number of tries.
        let result = try CLIRunner.run(["bench", "replan", "--hub", "Data/demo-hub", "--iterations", "6", "--time-limit", "120",
                                        "--seed", "1", "--no-yardstick"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        let lines = result.output.split(whereSeparator: \.isNewline).map(String.init)
        func number(_ label: String) -> Double? {
            lines.first { $0.contains(label) }.flatMap { line in
                line.split(separator: ":", maxSplits: 1).last?.split(separator: " ").first.flatMap { Double($0) }
            }
        }
        let lost = number("shifts the AMHP lost"), perShift = number("cells per lost shift")
        #expect((lost ?? 0) > 0, "\(result.output)")
        #expect((perShift ?? .infinity) <= 3, "\(result.output)")
        let short = lines.first { $0.contains("shifts below minimum") } ?? ""
        let counts = short.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] == counts[1], "every short shift could not be covered: \(short)")
    }
}
