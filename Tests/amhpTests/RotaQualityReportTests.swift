import Foundation
import Testing
import Workforce

/// End-to-end on the demo hub: the rota `amhp rota` writes is one a manager would sign (no shift
/// above its maximum, surplus hours on weekday duty rather than stacked above target), and the
/// quality section every report prints says what `coverage.csv` and `summary.csv` say.
@Suite struct RotaQualityReportTests {
    static let coverageColumns = ["date", "day_type", "shift", "kind", "minimum", "target", "maximum", "assigned", "trainees",
                                  "coordinator_required", "coordinator_present", "shortfall"]
    static let summaryColumns = ["amhp_id", "name", "employer", "fte", "contracted_hours", "committed_shifts", "shifts", "rota_shifts",
                                 "duty_shifts", "rostered_hours", "duty_hours", "nights", "weekend_shifts", "bank_holiday_shifts",
                                 "requests_met", "requests_missed", "toil_plan_back_hours", "toil_planned_hours", "enhancement"]

    /// A written CSV file, read with the hub loader's reader: every column must be exactly these.
    static func table(_ url: URL, columns: [String]) throws -> [CSVRecord] {
        var errors: [InputError] = []
        let table = CSVTable.parse(try String(contentsOf: url, encoding: .utf8), fileName: url.lastPathComponent, required: columns,
                                   optional: [], errors: &errors)
        #expect(errors.isEmpty, "\(errors)")
        #expect(table?.header == columns)
        return table?.rows ?? []
    }

    static func int(_ row: CSVRecord, _ column: String) -> Int { Int(row.text(column)) ?? -1 }

    static func number(_ row: CSVRecord, _ column: String) -> Double { Double(row.text(column)) ?? .nan }

    /// A repeatable solve (GLPK stopped by a node limit, then twelve neighbourhood-search tries), so
    /// the figures below are this seed's rota on any machine; the time limit only guards a hung one.
    /// 300 s was reached: on a slower machine, beside the rest of the suite, the two months took 708 s,
    /// the clock cut the tries short and December kept two shifts over target (alone: 247 s, none).
    /// Four tries left December with four AMHPs below target and two above (the search had not yet
    /// moved them); twelve reach a rota with every shift at target, as the default 60 s run does.
    static func plan(_ month: String, into out: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", month, "--out", out.path, "--time-limit", "1800",
                           "--iterations", "12", "--seed", "1", "--result-json", out.appendingPathComponent("result.json").path])
    }

    @Test(arguments: ["2026-12", "2027-01"])
    func theDemoRotaIsOneAManagerWouldSignAndEveryReportSaysSo(month: String) throws {
        let out = try CLIRunner.temporaryFolder("quality-\(month)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Self.plan(month, into: out)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let quality = try #require(try RotaRunResult.read(out.appendingPathComponent("result.json")).quality)
        let coverage = try Self.table(out.appendingPathComponent("coverage.csv"), columns: Self.coverageColumns)
        let summary = try Self.table(out.appendingPathComponent("summary.csv"), columns: Self.summaryColumns)

        // No shift above its maximum; duty only on weekdays, within the day's cap, never short.
        #expect(coverage.count == Month(month).map { $0.dayCount * 4 }, "D, L, N and DT on every date")
        #expect(coverage.allSatisfy { Self.int($0, "assigned") <= Self.int($0, "maximum") })
        let duty = coverage.filter { $0.text("kind") == "duty" }
        #expect(duty.allSatisfy { $0.text("shift") == "DT" && Self.int($0, "shortfall") == 0 })
        #expect(duty.filter { $0.text("day_type") != "weekday" }.allSatisfy { Self.int($0, "assigned") == 0 })
        #expect(quality.shiftsOverMaximum == 0)

        // The quality figures, recomputed from coverage.csv.
        let rota = coverage.filter { $0.text("kind") == "rota" }
        let over = rota.filter { Self.int($0, "assigned") > Self.int($0, "target") }
        #expect(quality.shiftsOverTarget == over.count)
        #expect(quality.peopleOverTarget == over.map { Self.int($0, "assigned") - Self.int($0, "target") }.reduce(0, +))
        let most = rota.map { Self.int($0, "assigned") }.max() ?? 0
        let busiest = rota.first { Self.int($0, "assigned") == most }
        #expect(quality.mostOnOneShift?.assigned == most)
        #expect(quality.mostOnOneShift?.date == busiest?.text("date") && quality.mostOnOneShift?.shift == busiest?.text("shift"))

        // And from summary.csv: the enhancement is its column's sum (each row rounded to the penny),
        // duty hours its duty_hours: 8 hours for every AMHP and trainee on duty in coverage.csv
        // (a trainee on duty beside their educator is in `trainees`, as on a rota shift).
        let pounds = summary.map { Self.number($0, "enhancement") }.reduce(0, +)
        #expect(abs(pounds - quality.enhancementCost) <= 0.005 * Double(summary.count), "\(pounds) against \(quality.enhancementCost)")
        #expect(quality.enhancementCost > 0)
        let byEmployer = Dictionary(grouping: summary, by: { $0.text("employer") }).mapValues { $0.map { Self.number($0, "enhancement") }.reduce(0, +) }
        for share in quality.enhancementByEmployer {
            #expect(abs((byEmployer[share.employer] ?? .nan) - share.pounds) <= 0.005 * Double(summary.count), "\(share.employer)")
        }
        let dutyHours = summary.map { Self.number($0, "duty_hours") }.reduce(0, +)
        #expect(abs(dutyHours - quality.surplusHours.onDuty) < 1e-6)
        #expect(abs(dutyHours - 8 * Double(duty.map { Self.int($0, "assigned") + Self.int($0, "trainees") }.reduce(0, +))) < 1e-6)
        #expect(summary.allSatisfy { Self.int($0, "shifts") == Self.int($0, "rota_shifts") + Self.int($0, "duty_shifts") })
        #expect(Set(quality.idle.map(\.amhpID)) == Set(summary.filter { Self.int($0, "rota_shifts") == 0 }.map { $0.text("amhp_id") }))

        // Surplus hours go to weekday duty, none onto shifts above target, with the default weights.
        #expect(quality.surplusHours.onDuty > 0)
        #expect(quality.surplusHours.aboveTarget == 0 && quality.peopleOverTarget == 0)
        #expect(quality.weightWarning == nil)

        // The report, rota.html and `amhp check` print the same section.
        let enhancement = "Enhancement for unsocial hours: £" + String(format: "%.2f", quality.enhancementCost)
        let section = Self.section(of: run.output)
        #expect(section.contains("  Shifts over target: none."))
        #expect(section.contains { $0.hasPrefix("  Most people on one shift: \(most), on \(quality.mostOnOneShift?.shift ?? "?") ") })
        #expect(section.contains { $0.hasPrefix("  " + enhancement) }, "\(section)")
        let html = try String(contentsOf: out.appendingPathComponent("rota.html"), encoding: .utf8)
        #expect(html.contains("<h2>Quality at a glance</h2>"))
        #expect(html.contains("<li>" + enhancement))
        let check = try CLIRunner.run(["check", "--hub", "Data/demo-hub", "--rota", out.appendingPathComponent("rota.csv").path])
        #expect(check.status == 0, "\(check.output)")
        #expect(Self.section(of: check.output) == section)
    }

    /// The lines of the quality section: its heading and the indented lines after it.
    static func section(of output: String) -> [String] {
        let lines = output.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "Quality (would a manager sign it?):") else { return [] }
        return Array(lines[(start + 1)...].prefix { $0.hasPrefix("  ") })
    }
}
