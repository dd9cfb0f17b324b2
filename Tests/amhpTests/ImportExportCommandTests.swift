import Foundation
import Testing
import Workforce

/// `amhp import` and `amhp export`, as a manager runs them.
@Suite(.serialized) struct ImportExportCommandTests {
    static var demoHub: URL { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub") }

    @Test func importThenExportGivesTheSameHubInHubWritersFormat() throws {
        let runner = try StorageCommandRunner("import")
        defer { runner.remove() }
        let imported = try runner.run(["import", "--hub", Self.demoHub.path])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.hasPrefix("Imported \"Northshire County Council AMHP Hub\" from "))
        #expect(imported.output.contains(": 38 AMHPs, 4 shift types"))
        let out = runner.folder.appendingPathComponent("exported")
        let exported = try runner.run(["export", "--hub", out.path])
        #expect(exported.status == 0, "\(exported.errors)")
        let demo = try HubLoader.load(folder: Self.demoHub)
        #expect(try HubLoader.load(folder: out) == demo)
        for (name, text) in HubWriter.files(demo) {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == CSVDocument.fileData(text, named: name), "\(name)")
        }
        // The weekday duty shift, its cap, each maximum, surplus_hours and the pay rates come back out
        // (CSV lines end in CRLF, as RFC 4180 writes them).
        let text = { (name: String) in try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        #expect(try text("shifts.csv").contains("\r\nDT,Weekday duty,09:00,17:00,no,duty\r\n"))
        #expect(try text("cover.csv").contains("\r\nweekday,DT,0,0,no,no,15\r\n"))
        #expect(try text("cover.csv").contains("\r\nweekday,D,3,4,yes,no,5\r\n"))
        #expect(try text("rules.yaml").contains("  surplus_hours: duty\n"))
        #expect(try text("rules.yaml").contains("    hourly_pay: 22.87\n"))
    }

    @Test func aHubWithMistakesIsNotImportedAndTheDatabaseIsUntouched() throws {
        let runner = try StorageCommandRunner("bad-import")
        defer { runner.remove() }
        let broken = runner.folder.appendingPathComponent("broken")
        try FileManager.default.copyItem(at: Self.demoHub, to: broken)
        let amhps = broken.appendingPathComponent("amhps.csv")
        let text = try String(contentsOf: amhps, encoding: .utf8).replacingOccurrences(of: "A02,Daniel Okafor,LA,social_worker,Senior AMHP,2023-06-01,2028-05-31,1.0,",
                                                                                       with: "A02,Daniel Okafor,LA,social_worker,Senior AMHP,2023-06-01,2028-05-31,\"1,0\",")
        try text.write(to: amhps, atomically: true, encoding: .utf8)

        // Nothing imported yet: the database is not even created.
        let first = try runner.run(["import", "--hub", broken.path])
        #expect(first.status == 2)
        #expect(first.errors.contains("amhps.csv, line 3, field fte: \"1,0\" is not a number."))
        #expect(!FileManager.default.fileExists(atPath: runner.databasePath))

        // With a hub stored, a failed import keeps it.
        #expect(try runner.run(["import", "--hub", Self.demoHub.path]).status == 0)
        #expect(try runner.run(["import", "--hub", broken.path]).status == 2)
        let out = runner.folder.appendingPathComponent("after")
        #expect(try runner.run(["export", "--hub", out.path]).status == 0)
        #expect(try HubLoader.load(folder: out) == HubLoader.load(folder: Self.demoHub))
    }

    @Test func exportWithNoHubSaysToImportFirst() throws {
        let runner = try StorageCommandRunner("empty")
        defer { runner.remove() }
        let result = try runner.run(["export", "--hub", runner.folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.errors == "No hub has been imported into the database. Fix: run `amhp import --hub DIR` first.\n")
    }
}
