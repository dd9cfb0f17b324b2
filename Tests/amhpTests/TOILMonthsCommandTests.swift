import Foundation
import Testing
import Workforce

/// `amhp toil months`: the ledger's TOIL by AMHP and month, which `amhp sufficiency` reads from
/// the hub folder as TOIL taken back out of rota time.
@Suite struct TOILMonthsCommandTests {
    @Test func theLedgersMonthsBecomeTheSufficiencyAbstraction() throws {
        let runner = try StorageCommandRunner("toil-months")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        for (arguments, on) in [(["--amhp", "A01", "--kind", "accrued", "--hours", "6", "--date", "2026-10-01"], "2026-10-02"),
                                (["--amhp", "A02", "--kind", "accrued", "--hours", "4", "--date", "2026-11-05"], "2026-11-05"),
                                (["--amhp", "A01", "--kind", "taken", "--hours", "2", "--date", "2026-11-12"], "2026-11-12"),
                                (["--amhp", "A02", "--kind", "accrued", "--hours", "9", "--date", "2026-12-01"], "2026-12-02")] {
            let extra = arguments.contains("accrued") ? ["--reason", "Assessment overran", "--approved-by", "Sam (TM)"] : []
            let added = try TOILCommandTests.add(runner, arguments + extra, recordedOn: on)
            #expect(added.status == 0, "\(added.errors)")
        }
        let hub = runner.folder.appendingPathComponent("planning-hub")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub"), to: hub)
        let file = hub.appendingPathComponent(TOILByMonthCSV.fileName)
        try FileManager.default.removeItem(at: file)
        let months = try runner.run(["toil", "months", "--before", "2026-12", "--out", file.path])
        #expect(months.status == 0, "\(months.errors)")
        #expect(months.output == "Wrote 3 rows of TOIL by AMHP and month (2025-12 to 2026-11) to \(file.path).\n")
        // December's entry is in a month not yet over, so it waits for the next export.
        var problems: [InputError] = []
        let text = CSVTable.parse(String(decoding: try Data(contentsOf: file), as: UTF8.self), fileName: "x", required: TOILByMonthCSV.header,
                                      optional: [], allowEmpty: true, documentation: "", errors: &problems)
        #expect(problems.isEmpty)
        #expect(text?.rows.map { [$0.text("month"), $0.text("amhp_id"), $0.text("accrued_hours"), $0.text("taken_hours")] }
            == [["2026-10", "A01", "6.00", "0.00"], ["2026-11", "A01", "0.00", "2.00"], ["2026-11", "A02", "4.00", "0.00"]])

        let report = try CLIRunner.run(["sufficiency", "--hub", hub.path, "--replications", "0"])
        #expect(report.status == 0, "\(report.errors)")
        // Two months, 10 hours, scaled to a year: 60 hours, over the demo's LA FTE.
        #expect(report.output.contains("TOIL taken back, from the ledger (2026-10 to 2026-11, 2 months, scaled to a year): "
                                       + "LA AMHPs accrued 10 hours of overtime, 0 of them paid out, so 60 hours a year come back out of rota time"),
                "\(report.output)")

        let bad = try runner.run(["toil", "months", "--months", "0", "--out", file.path])
        #expect(bad.status == 2 && bad.errors.contains("--months must be from 1 to 120."), "\(bad.errors)")
    }
}
