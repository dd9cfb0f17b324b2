import FluentKit
import Foundation
import SQLKit
import Storage
import Testing

/// `amhp toil verify` and `amhp toil rebuild-totals`: the running totals checked against a full replay,
/// each difference named with its fix, and put right.
@Suite(.serialized) struct TOILVerifyCommandTests {
    /// Changes a stored total behind the command-line tool's back.
    static func corrupt(_ runner: StorageCommandRunner, _ statement: String) async throws {
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        do {
            let sql = try #require(store.database as? any SQLDatabase)
            try await sql.raw("\(unsafeRaw: statement)").run()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test func theTotalsMatchThenADifferenceIsNamedAndRebuilt() async throws {
        let runner = try StorageCommandRunner("toil-verify")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        let empty = try runner.run(["toil", "verify"])
        #expect(empty.status == 0 && empty.output == "TOIL totals match a full replay of 0 entries.\n", "\(empty.errors)")
        #expect(try TOILCommandTests.add(runner, ["--amhp", "A01", "--kind", "accrued", "--hours", "6", "--date", "2026-10-01",
                                                 "--reason", "Assessment overran", "--approved-by", "Sam (TM)"], recordedOn: "2026-10-02").status == 0)
        #expect(try TOILCommandTests.add(runner, ["--amhp", "A01", "--kind", "taken", "--hours", "4", "--date", "2026-10-05"],
                                         recordedOn: "2026-10-05").status == 0)
        let matching = try runner.run(["toil", "verify"])
        #expect(matching.status == 0 && matching.output == "TOIL totals match a full replay of 2 entries.\n", "\(matching.output)")

        try await Self.corrupt(runner, "UPDATE toil_totals SET taken_hundredths = 900 WHERE amhp_id = 'A01' AND month = '2026-10'")
        let differing = try runner.run(["toil", "verify"])
        #expect(differing.status == 1)
        #expect(differing.output.contains("TOIL totals differ from a full replay of 2 entries in 1 AMHP-month(s):"), "\(differing.output)")
        #expect(differing.output.contains("  A01 2026-10: taken is 9 stored but 4 by replay\n"), "\(differing.output)")
        #expect(differing.output.contains("Fix: run `amhp toil rebuild-totals`"), "\(differing.output)")

        let rebuilt = try runner.run(["toil", "rebuild-totals", "--recorded-by", "ops.kim"])
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        #expect(rebuilt.output == "Rebuilt the TOIL totals from a full replay of 2 entries: 1 AMHP-month(s) differed and were replaced.\n")
        let again = try runner.run(["toil", "verify"])
        #expect(again.status == 0 && again.output == "TOIL totals match a full replay of 2 entries.\n")
    }

    @Test func aRebuildSaysWhoDidIt() throws {
        let runner = try StorageCommandRunner("toil-rebuild-options")
        defer { runner.remove() }
        let missing = try runner.run(["toil", "rebuild-totals"])
        #expect(missing.status != 0 && missing.errors.contains("--recorded-by"))
    }
}
