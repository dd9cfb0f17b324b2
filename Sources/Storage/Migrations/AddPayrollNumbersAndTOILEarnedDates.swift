import FluentKit

/// Stores what issue 16's payroll export needs: each AMHP's optional payroll number
/// (`hub_amhps.payroll_number`) and the optional day a TOIL balance was earned
/// (`hub_toil_plans.earned`, YYYY-MM-DD). Hubs stored before it read as they did: no payroll
/// numbers, no earned dates.
struct AddPayrollNumbersAndTOILEarnedDates: AsyncMigration {
    var name: String { "AddPayrollNumbersAndTOILEarnedDates" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredAMHP.schema).field("payroll_number", .string).update()
        try await database.schema(StoredTOILPlan.schema).field("earned", .string).update()
    }

    func revert(on database: any Database) async throws {
        // One column a statement: SQLite alters a table one change at a time.
        try await database.schema(StoredTOILPlan.schema).deleteField("earned").update()
        try await database.schema(StoredAMHP.schema).deleteField("payroll_number").update()
    }
}
