import FluentKit
import SQLKit
import Workforce

/// Creates `toil_totals` (issue 17), the TOIL ledger's running totals by AMHP and month, filled by
/// replaying the ledger as it stands so an existing database upgrades; and indexes `toil_entries`
/// by AMHP (one AMHP's entries are what an append checks and a balance replays) and by kind (voids).
///
/// A row that cannot be read or breaks a ledger rule is left out of the totals, as loading the ledger
/// leaves it out once voided (`amhp toil repair`); `amhp toil verify` compares the two at any time.
struct CreateTOILTotals: AsyncMigration {
    var name: String { "CreateTOILTotals" }

    static let amhpIndex = "toil_entries_by_amhp"
    static let kindIndex = "toil_entries_by_kind"

    func prepare(on database: any Database) async throws {
        try await database.schema(TOILTotalsTable.schema)
            .field("amhp_id", .string, .required)
            .field("month", .string, .required)
            .field("accrued_hundredths", .int, .required)
            .field("bank_holiday_hundredths", .int, .required)
            .field("taken_hundredths", .int, .required)
            .field("adjusted_credit_hundredths", .int, .required)
            .field("adjusted_debit_hundredths", .int, .required)
            .field("forfeited_hundredths", .int, .required)
            .field("paid_out_hundredths", .int, .required)
            .field("opening_hundredths", .int, .required)
            .field("planned_hundredths", .int, .required)
            .field("held_change_hundredths", .int, .required)
            .field("entries", .int, .required)
            .unique(on: "amhp_id", "month")
            .create()
        let sql = SQLFlavour.sql(database)
        try await sql.create(index: Self.amhpIndex).on(StoredTOILEntry.schema).column("amhp_id").column("position").run()
        try await sql.create(index: Self.kindIndex).on(StoredTOILEntry.schema).column("kind").run()
        let ledger = LedgerInspector(try await StoredLedger.load(on: database)).ledger
        try await TOILTotalsTable.replace(with: TOILTotals.replay(ledger), on: database)
    }

    func revert(on database: any Database) async throws {
        let sql = SQLFlavour.sql(database)
        try await sql.drop(index: Self.amhpIndex).ifExists().run()
        try await sql.drop(index: Self.kindIndex).ifExists().run()
        try await database.schema(TOILTotalsTable.schema).delete()
    }
}
