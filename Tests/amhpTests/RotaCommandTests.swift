import Foundation
import HubGeneration
import Testing
import Workforce

/// End-to-end: the `amhp` binary on hub folders, as a team manager runs it.
@Suite(.serialized) struct RotaCommandTests {
    /// A generated 16-AMHP hub written as a folder of CSV files.
    func generatedHubFolder() throws -> URL {
        let folder = try CLIRunner.temporaryFolder("hub")
        try HubWriter.write(HubGenerator(amhpCount: 16, firstMonth: Month("2027-01")!, seed: 11).generate(), to: folder)
        return folder
    }

    @Test func rotaWritesEveryFileAndTheCheckerAcceptsIt() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: hub); try? FileManager.default.removeItem(at: out) }
        let lp = out.appendingPathComponent("model.lp").path
        let result = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path,
                                        "--time-limit", "5", "--write-lp", lp])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Cover met:"))
        #expect(result.output.contains("Objective"))
        #expect(result.output.contains("Checker: no hard-rule violations"))
        #expect(result.output.contains("(agrees with the model)"))
        for name in ["rota.csv", "coverage.csv", "summary.csv", "rota.html", "rota.xlsx"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        // Every CSV starts with the UTF-8 byte order mark, so Excel reads names as UTF-8; rota.xlsx is a ZIP archive.
        for name in ["rota.csv", "coverage.csv", "summary.csv"] {
            #expect(Array(try Data(contentsOf: out.appendingPathComponent(name)).prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
        }
        #expect(Array(try Data(contentsOf: out.appendingPathComponent("rota.xlsx")).prefix(2)) == [0x50, 0x4B])
        #expect(result.output.contains("rota.html and rota.xlsx to"))
        let rota = try String(contentsOf: out.appendingPathComponent("rota.csv"), encoding: .utf8)
        #expect(rota.hasPrefix("amhp_id,name,date,shift,start,end,hours,role"))
        let coverage = try String(contentsOf: out.appendingPathComponent("coverage.csv"), encoding: .utf8)
        // 31 days × the 3 rota shifts, whether or not the generated hub has duty (and coverage.csv lists it).
        let rotaLines = coverage.split(whereSeparator: \.isNewline).filter { line in
            line.split(separator: ",").dropFirst(2).first.map { ["D", "L", "N"].contains($0) } ?? false
        }
        #expect(rotaLines.count == 93)
        let html = try String(contentsOf: out.appendingPathComponent("rota.html"), encoding: .utf8)
        #expect(html.contains("<table class=\"grid\">"))
        #expect(try String(contentsOfFile: lp, encoding: .utf8).contains("Minimize"))

        let check = try CLIRunner.run(["check", "--hub", hub.path, "--rota", out.appendingPathComponent("rota.csv").path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("0 hard"))
    }

    /// `amhp-rota`, the planner alone that Scripts/run builds, plans exactly as `amhp rota` does. A fixed
    /// number of tries on a small hub makes both the same rota (under a minute each in a debug build);
    /// the time limit only guards a hung machine (at 20 s on the demo hub the clock cut the runs short,
    /// and beside the service suite the two once differed).
    @Test func thePlannerAloneWritesTheSameRotaAsAmhp() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("planner-alone")
        defer { try? FileManager.default.removeItem(at: hub); try? FileManager.default.removeItem(at: out) }
        var rotas: [String] = []
        for program in ["amhp", "amhp-rota"] {
            let folder = out.appendingPathComponent(program)
            let result = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", folder.path,
                                            "--time-limit", "600", "--iterations", "10", "--seed", "3"], program: program)
            #expect(result.status == 0, "\(program): \(result.errors)")
            rotas.append(try String(contentsOf: folder.appendingPathComponent("rota.csv"), encoding: .utf8))
        }
        #expect(rotas.count == 2 && rotas[0] == rotas[1] && !rotas[0].isEmpty)
        let refused = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "0000-01"], program: "amhp-rota")
        #expect(refused.status == 2 && refused.errors.contains("--month"))
    }

    /// `--result-json` writes what the solver and the checker made of the rota, agreeing with what
    /// `amhp check` says of the rota written; `--progress json` adds one JSON object a line and
    /// leaves the report as it was.
    @Test func theResultJSONRoundTripsAndMatchesTheChecker() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("result")
        defer { try? FileManager.default.removeItem(at: hub); try? FileManager.default.removeItem(at: out) }
        let resultFile = out.appendingPathComponent("result/r.json")
        let run = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path, "--time-limit", "4", "--seed", "5",
                                     "--result-json", resultFile.path, "--progress", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let data = try Data(contentsOf: resultFile)
        let result = try RotaRunResult.decode(data)
        #expect(try RotaRunResult.decode(try result.encoded()) == result)
        #expect(result.month == "2027-01" && result.seed == 5 && result.timeLimit == 4 && result.exitStatus == 0)
        #expect(["optimal", "gap_reached", "time_limit_with_solution", "node_limit_with_solution"].contains(result.status.code))
        #expect(!result.status.words.isEmpty && !result.status.glpk.isEmpty)
        #expect(result.check.hardViolations == 0 && result.check.agrees && result.disagreeingRules.isEmpty)
        #expect(result.penalties.keys.contains("cover_below_minimum"))
        #expect(abs(result.penalties.values.reduce(0, +) - result.objective) < 1e-6 * max(1, result.objective))
        if let bound = result.bound { #expect(bound <= result.objective + 1e-9) }
        #expect(result.timings.solve > 0 && result.timings.build >= 0 && result.timings.check >= 0)
        #expect(result.files.rotaCSV == out.appendingPathComponent("rota.csv").standardizedFileURL.path)
        for path in [result.files.rotaCSV, result.files.coverageCSV, result.files.summaryCSV, result.files.rotaHTML] {
            #expect(FileManager.default.fileExists(atPath: path), "\(path)")
        }
        let check = try CLIRunner.run(["check", "--hub", hub.path, "--rota", result.files.rotaCSV])
        #expect(check.status == 0)
        #expect(check.output.contains("Objective \(CSVNumber.format(result.check.objective))."), "\(check.output)")
        #expect(check.output.contains("\(result.check.softViolations) soft violations"))

        let lines = run.output.split(separator: "\n")
        let progress = lines.compactMap { RotaProgress(line: $0) }
        #expect(lines.filter { $0.hasPrefix("{") }.count == progress.count, "every JSON line is progress")
        #expect(progress.first?.phase == .model && progress.last?.phase == .done)
        #expect(progress.contains { $0.phase == .check })
        // From the greedy start on, each stage says how many soft breaches the best rota still has.
        #expect(progress.filter { $0.phase == .check || $0.phase == .done || ($0.phase == .greedy && $0.incumbent != nil) }
                    .allSatisfy { $0.breaches != nil })
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.elapsed <= $1.elapsed + 1e-9 })
        #expect(!lines.contains { $0.hasPrefix("[") }, "no text progress without --verbose")
        #expect(run.output.contains("Objective") && run.output.contains("Cover met:"))

        let plain = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path, "--time-limit", "1"])
        #expect(!plain.output.contains("{"), "text stays the default")
        let unwritable = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path, "--time-limit", "1",
                                            "--result-json", "/proc/amhp/r.json"])
        #expect(unwritable.status == 1 && unwritable.errors.contains("--result-json"))
        let badFormat = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--progress", "xml"])
        #expect(badFormat.status == 2 && badFormat.errors.contains("--progress"))
    }

    @Test func checkListsAHandEditedViolationInWords() throws {
        let hub = try generatedHubFolder()
        defer { try? FileManager.default.removeItem(at: hub) }
        // Someone who works nights and days does a night then a day straight after; someone barred
        // from days (night-only) works a day, or someone barred from nights works a night.
        let people = HubGenerator(amhpCount: 16, firstMonth: Month("2027-01")!, seed: 11).generate().amhps
        let both = try #require(people.first { $0.nightWorking == .yes && !$0.isTrainee })
        let barred = try #require(people.first { $0.nightWorking == .only }.map { ($0.id, "D") }
            ?? people.first { $0.nightWorking == .no && !$0.isTrainee }.map { ($0.id, "N") })
        let rota = hub.appendingPathComponent("edited.csv")
        try """
        amhp_id,date,shift,role
        \(both.id),2027-01-04,N,
        \(both.id),2027-01-05,D,
        \(barred.0),2027-01-06,\(barred.1),
        """.write(to: rota, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--hub", hub.path, "--rota", rota.path])
        #expect(result.status == 1)
        #expect(result.output.contains("[rest.daily]"))
        #expect(result.output.contains("[eligibility.nights]"))
        #expect(result.output.contains("cover_below_minimum"))
    }

    @Test func badInputNamesFileLineAndFieldAndWritesNothing() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("out").appendingPathComponent("never")
        defer { try? FileManager.default.removeItem(at: hub) }
        try "amhp_id,type,start,end,note\r\nZ99,annual,2027-01-10,2027-01-12,\r\nA02,annual,2027-01-12,2027-01-10,\r\n"
            .write(to: hub.appendingPathComponent("leave.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path, "--time-limit", "2"])
        #expect(result.status == 2)
        #expect(result.errors.contains("leave.csv, line 2, field amhp_id: unknown AMHP id \"Z99\""))
        #expect(result.errors.contains("leave.csv, line 3, field end"))
        #expect(result.errors.contains("Fix:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func helpNamesEveryOption() throws {
        let result = try CLIRunner.run(["rota", "--help"])
        for option in ["--hub", "--month", "--out", "--time-limit", "--gap", "--seed", "--iterations", "--write-lp", "--write-mps", "--verbose"] {
            #expect(result.output.contains(option), "help lacks \(option)")
        }
        #expect(try CLIRunner.run(["rota", "--hub", "x", "--month", "2026-13"]).status != 0)
    }
}
