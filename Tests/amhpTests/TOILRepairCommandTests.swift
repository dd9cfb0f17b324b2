import FluentKit
import Foundation
import SQLKit
import Storage
import Testing

/// `amhp toil repair`: lists what stops the ledger loading, and `--void` sets it aside so every
/// `amhp toil` command works again.
@Suite(.serialized) struct TOILRepairCommandTests {
    /// Writes a row the ledger cannot read, behind the command-line tool's back.
    static func damage(_ runner: StorageCommandRunner, position: Int, entryID: String, date: String) async throws {
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        do {
            let sql = try #require(store.database as? any SQLDatabase)
            try await sql.raw("""
                INSERT INTO toil_entries (position, entry_id, amhp_id, kind, date, hours_hundredths, reason, recorded_by,
                                          approved_by, recorded_on, recorded_at)
                VALUES (\(bind: position), \(bind: entryID), 'A01', 'accrued', \(bind: date), 300, 'Overran', 'intruder',
                        'Sam (TM)', '2026-10-05', \(bind: Date()))
                """).run()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test func aDamagedLedgerIsListedVoidedAndLoadsAgain() async throws {
        let runner = try StorageCommandRunner("repair")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        #expect(try TOILCommandTests.add(runner, ["--amhp", "A01", "--kind", "accrued", "--hours", "6", "--date", "2026-10-01",
                                                 "--reason", "Assessment overran", "--approved-by", "Sam (TM)"], recordedOn: "2026-10-02").status == 0)
        let healthy = try runner.run(["toil", "repair"])
        #expect(healthy.status == 0, "\(healthy.errors)")
        #expect(healthy.output == "The TOIL ledger in \(runner.databasePath) loads: 1 stored entries; every entry not voided reads back and keeps the ledger rules.\n")

        try await Self.damage(runner, position: 1, entryID: "E2", date: "999-12-31")
        let balances = try runner.run(["toil", "balances"])
        #expect(balances.status == 1)
        #expect(balances.errors.contains("toil_entries.date") && balances.errors.contains("Fix: run `amhp toil repair`"), "\(balances.errors)")

        let report = try runner.run(["toil", "repair"])
        #expect(report.status == 1)
        #expect(report.output == """
            The TOIL ledger in \(runner.databasePath) does not load: 1 of its 2 stored entries cannot be used.

            Position  Entry  Field  Stored value  Problem
            1         E2     date   "999-12-31"   The stored value is not a date AMHP Planner can read (YYYY-MM-DD).

            Fix: set each listed entry aside with `amhp toil repair --void ENTRY_ID --reason TEXT --recorded-by NAME` \
            (then record it again correctly with `amhp toil add` if it should count), or restore the database from a backup.

            """)

        let sound = try runner.run(["toil", "repair", "--void", "E1", "--reason", "Mistake", "--recorded-by", "ops.kim"])
        #expect(sound.status == 1)
        #expect(sound.errors.contains("Entry E1 of the TOIL ledger reads back and keeps every ledger rule, so there is nothing to void."))
        let unknown = try runner.run(["toil", "repair", "--void", "E9", "--reason", "Mistake", "--recorded-by", "ops.kim"])
        #expect(unknown.status == 1 && unknown.errors.contains("The TOIL ledger has no entry with id \"E9\"."))

        let voided = try runner.run(["toil", "repair", "--void", "E2", "--reason", "Date stored as 999-12-31", "--recorded-by", "ops.kim",
                                     "--recorded-on", "2026-10-20"])
        #expect(voided.status == 0, "\(voided.errors)")
        #expect(voided.output.hasPrefix("Voided E2 with entry void-E2 (ledger position 2).\nThe TOIL ledger in \(runner.databasePath) loads: 3 stored entries (1 voided)"))

        let after = try runner.run(["toil", "balances", "--as-of", "2026-12-31"])
        #expect(after.status == 0, "\(after.errors)")
        #expect(after.output.contains("A01   Helen Whitfield   6.00"))
        let history = try runner.run(["toil", "history", "--amhp", "A01"])
        #expect(history.output.contains("void-E2") && history.output.contains("[voids E2]"), "\(history.output)")
        let added = try TOILCommandTests.add(runner, ["--amhp", "A01", "--kind", "taken", "--hours", "1", "--date", "2026-10-06"],
                                             recordedOn: "2026-10-06")
        #expect(added.status == 1 && added.errors.contains("before the last entry (recorded on 2026-10-20)"), "\(added.errors)")
        #expect(try TOILCommandTests.add(runner, ["--amhp", "A01", "--kind", "taken", "--hours", "1", "--date", "2026-10-21"],
                                         recordedOn: "2026-10-21").status == 0)
    }

    @Test func theOptionsGoTogether() throws {
        let runner = try StorageCommandRunner("repair-options")
        defer { runner.remove() }
        let alone = try runner.run(["toil", "repair", "--reason", "Why"])
        #expect(alone.status != 0 && alone.errors.contains("--reason, --recorded-by and --recorded-on go with --void ENTRY_ID."))
        let noReason = try runner.run(["toil", "repair", "--void", "E2", "--recorded-by", "ops.kim"])
        #expect(noReason.status != 0 && noReason.errors.contains("give --reason"))
        let void = try runner.run(["toil", "add", "--amhp", "A01", "--kind", "void", "--hours", "0"])
        #expect(void.status != 0 && void.errors.contains("--kind void is not a kind of entry"))
    }
}
