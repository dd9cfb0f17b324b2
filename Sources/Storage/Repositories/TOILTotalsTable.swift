import FluentKit
import SQLKit
import Workforce

/// `toil_totals`: the TOIL ledger's running totals, one row per AMHP and month (`TOILTotals`).
///
/// Unlike `toil_entries` the rows change: each append adds its figures in its own write transaction,
/// and every row written is read back before the transaction commits.
enum TOILTotalsTable {
    static let schema = "toil_totals"

    /// The figure columns, in `TOILMonthTotals.figures` order.
    static let figureColumns = ["accrued_hundredths", "bank_holiday_hundredths", "taken_hundredths", "adjusted_credit_hundredths",
                                "adjusted_debit_hundredths", "forfeited_hundredths", "paid_out_hundredths", "opening_hundredths",
                                "planned_hundredths", "held_change_hundredths", "entries"]

    /// The stored totals: every AMHP's, or one AMHP's.
    static func read(on database: any Database, amhpID: String? = nil) async throws -> TOILTotals {
        var query = SQLFlavour.sql(database).select().column("*").from(schema)
        if let amhpID { query = query.where("amhp_id", .equal, amhpID) }
        var months: [TOILTotalsKey: TOILMonthTotals] = [:]
        for row in try await query.all() {
            let (key, totals) = try decode(row)
            months[key] = totals
        }
        return TOILTotals(months: months)
    }

    /// Adds `changes` to the stored rows, each checked against the row the database gives back for it.
    ///
    /// - Throws: `StorageError.roundTripFailed` for a row that does not read back as written.
    static func apply(_ changes: [TOILTotalsKey: TOILMonthTotals], on transaction: any Database) async throws {
        for (key, change) in changes {
            var totals = try await row(key, on: transaction) ?? TOILMonthTotals()
            totals.add(change)
            let stored = try await write(totals, for: key, replacing: true, on: transaction)
            guard stored != totals else { continue }
            throw StorageError.roundTripFailed(table: schema, field: key.description, stored: "\(totals.figures)",
                                               readBack: stored.map { "\($0.figures)" } ?? "no row")
        }
    }

    /// Replaces every row with `totals` (a migration's fill, `amhp toil rebuild-totals`), read back before commit.
    static func replace(with totals: TOILTotals, on transaction: any Database) async throws {
        try await SQLFlavour.sql(transaction).delete(from: schema).run()
        for (key, figures) in totals.months { try await write(figures, for: key, replacing: false, on: transaction) }
        let readBack = try await read(on: transaction)
        if let difference = totals.differences(from: readBack).first {
            throw StorageError.roundTripFailed(table: schema, field: difference.key.description,
                                               stored: "\(difference.replayed.figures)", readBack: "\(difference.stored.figures)")
        }
    }

    private static func row(_ key: TOILTotalsKey, on database: any Database) async throws -> TOILMonthTotals? {
        let row = try await SQLFlavour.sql(database).select().column("*").from(schema)
            .where("amhp_id", .equal, key.amhpID).where("month", .equal, key.month.description).first()
        return try row.map { try decode($0).totals }
    }

    /// Stores `totals` as the row of `key`: a new row, or (`replacing`) the row of `key` whether it
    /// exists or not, in one statement; returns the row as the database gives it back (`RETURNING *`).
    @discardableResult
    private static func write(_ totals: TOILMonthTotals, for key: TOILTotalsKey, replacing: Bool,
                              on database: any Database) async throws -> TOILMonthTotals? {
        let values: [any Encodable & Sendable] = [key.amhpID, key.month.description] + figures(of: totals).map { $0 as any Encodable & Sendable }
        let insert = SQLFlavour.sql(database).insert(into: schema).columns(["amhp_id", "month"] + figureColumns).values(values)
        if replacing {
            insert.onConflict(with: ["amhp_id", "month"]) { update in
                figureColumns.reduce(update) { $0.set(excludedValueOf: $1) }
            }
        }
        return try await insert.returning(SQLLiteral.all).first().map { try decode($0).totals }
    }

    private static func figures(of totals: TOILMonthTotals) -> [Int] {
        [totals.accrued, totals.bankHoliday, totals.taken, totals.adjustedCredit, totals.adjustedDebit, totals.forfeited,
         totals.paidOut, totals.opening, totals.planned, totals.heldChange].map(\.hundredths) + [totals.entries]
    }

    private static func decode(_ row: any SQLRow) throws -> (key: TOILTotalsKey, totals: TOILMonthTotals) {
        let monthText = try row.decode(column: "month", as: String.self)
        guard let month = Month(monthText) else {
            throw StorageError.unreadableValue(table: schema, field: "month", value: monthText)
        }
        func hours(_ column: String) throws -> TOILHours { TOILHours(hundredths: try row.decode(column: column, as: Int.self)) }
        var totals = TOILMonthTotals()
        totals.accrued = try hours("accrued_hundredths")
        totals.bankHoliday = try hours("bank_holiday_hundredths")
        totals.taken = try hours("taken_hundredths")
        totals.adjustedCredit = try hours("adjusted_credit_hundredths")
        totals.adjustedDebit = try hours("adjusted_debit_hundredths")
        totals.forfeited = try hours("forfeited_hundredths")
        totals.paidOut = try hours("paid_out_hundredths")
        totals.opening = try hours("opening_hundredths")
        totals.planned = try hours("planned_hundredths")
        totals.heldChange = try hours("held_change_hundredths")
        totals.entries = try row.decode(column: "entries", as: Int.self)
        return (TOILTotalsKey(amhpID: try row.decode(column: "amhp_id", as: String.self), month: month), totals)
    }
}
