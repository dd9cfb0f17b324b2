import Foundation
import Testing
import Workforce

/// Issue 16's payroll export from the command line: amhps.csv's payroll numbers and toil.csv's
/// earned dates go into the database, come back out with `amhp export`, and reach the payroll
/// CSV; the opening balance is an opening entry dated when it was earned.
@Suite(.serialized) struct PayrollExportCommandTests {
    /// The demo hub with a payroll number for Helen Whitfield (A01) and her 22 hours earned on 12 November.
    static func hubFolder(in folder: URL) throws -> URL {
        let hub = folder.appendingPathComponent("hub")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub"), to: hub)
        func addColumn(_ file: String, _ header: String, first: String) throws {
            let url = hub.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            let changed = lines.enumerated().map { index, line in
                line + "," + (index == 0 ? header : index == 1 ? first : "")
            }
            try (changed.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try addColumn("amhps.csv", "payroll_number", first: "LA004512")
        try addColumn("toil.csv", "earned", first: "2026-11-12")
        return hub
    }

    @Test func payrollNumbersAndEarnedDatesReachThePayrollCSV() throws {
        let runner = try StorageCommandRunner("payroll-export")
        defer { runner.remove() }
        let hub = try Self.hubFolder(in: runner.folder)
        let imported = try runner.run(["import", "--hub", hub.path])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Opened 9 TOIL balance(s)"))

        // The opening balance is dated the day it was earned, as kind opening.
        let history = try runner.run(["toil", "history", "--amhp", "A01"])
        #expect(history.output.contains("2026-11-12  opening"), "\(history.output)")

        let csv = runner.folder.appendingPathComponent("payroll.csv")
        let payroll = try runner.run(["toil", "payroll", "--month", "2026-11", "--out", csv.path])
        #expect(payroll.status == 0, "\(payroll.errors)")
        let bytes = try Data(contentsOf: csv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        // November: Helen's 22 hours are opening, not adjusted.
        #expect(lines[1] == #""=""2026-11""",2026-11-01,2026-11-30,A01,LA004512,Helen Whitfield,LA,22.00,0.00,0.00,0.00,0.00,0.00,0.00,22.00"#)

        // amhp export writes both columns back.
        let out = runner.folder.appendingPathComponent("exported")
        let exported = try runner.run(["export", "--hub", out.path])
        #expect(exported.status == 0, "\(exported.errors)")
        let reread = try HubLoader.load(folder: out)
        #expect(reread.amhp("A01")?.payrollNumber == "LA004512")
        #expect(reread.toil.first { $0.amhpID == "A01" }?.earned == LocalDate("2026-11-12"))
        #expect(reread == (try HubLoader.load(folder: hub)))
    }

    @Test func aBadPayrollNumberIsRefusedWithTheFileLineAndFix() throws {
        let runner = try StorageCommandRunner("payroll-bad")
        defer { runner.remove() }
        let hub = try Self.hubFolder(in: runner.folder)
        let url = hub.appendingPathComponent("amhps.csv")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: ",LA004512\n", with: ",LA 4512\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let imported = try runner.run(["import", "--hub", hub.path])
        #expect(imported.status == 2)
        let said = imported.output + imported.errors
        #expect(said.contains("amhps.csv, line 2, field payroll_number"), "\(said)")
        #expect(said.contains("as payroll holds it"), "\(said)")
    }
}
