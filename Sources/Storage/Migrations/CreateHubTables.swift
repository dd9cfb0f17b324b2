import FluentKit

/// Creates `hubs` and the `hub_*` tables holding every row of a hub folder, in file order.
///
/// Each child row belongs to its hub (deleted with it) and has a `position`, unique in its table,
/// so the files come back in the order they were written. Ids that the loader requires to be
/// unique in a file (AMHP ids, shift codes, cover rows, TOIL and history rows) are unique here too.
struct CreateHubTables: AsyncMigration {
    var name: String { "CreateHubTables" }

    /// Children first when dropping, parents first when creating.
    static let childTables = [
        StoredHubWeight.schema, StoredBankHolidayChange.schema, StoredAMHP.schema, StoredSuspension.schema,
        StoredShiftType.schema, StoredCoverRule.schema, StoredAbsence.schema, StoredShiftRequest.schema,
        StoredTOILPlan.schema, StoredFairnessHistory.schema, StoredCarryIn.schema,
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredHub.schema)
            .id()
            .field("name", .string, .required)
            .field("standard_week_hours", .double, .required)
            .field("minimum_rest_hours", .double, .required)
            .field("weekly_rest_hours", .double, .required)
            .field("weekly_rest_window_days", .int, .required)
            .field("maximum_consecutive_nights", .int, .required)
            .field("maximum_consecutive_working_days", .int, .required)
            .field("average_48_hour_week", .bool, .required)
            .field("night_worker_maximum_hours_per_24", .double, .required)
            .field("toil_cap_hundredths", .int, .required)
            .field("toil_window_days", .int, .required)
            .field("toil_bank_holiday_credit_hundredths", .int, .required)
            .field("toil_expiry", .string, .required)
            .field("imported_at", .datetime, .required)
            .field("imported_by", .string, .required)
            .create()
        try await child(StoredHubWeight.schema, on: database)
            .field("key", .string, .required)
            .field("value", .double, .required)
            .unique(on: "hub_id", "key")
            .create()
        try await child(StoredBankHolidayChange.schema, on: database)
            .field("change", .string, .required)
            .field("date", .string, .required)
            .field("name", .string, .required)
            .create()
        try await child(StoredAMHP.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("name", .string, .required)
            .field("employment", .string, .required)
            .field("trust", .string)
            .field("fte", .double)
            .field("shifts_per_month", .double)
            .field("profession", .string, .required)
            .field("grade", .string, .required)
            .field("approval_start", .string)
            .field("approval_end", .string)
            .field("can_coordinate_days", .bool, .required)
            .field("can_coordinate_nights", .bool, .required)
            .field("night_working", .string, .required)
            .field("is_practice_educator", .bool, .required)
            .field("educator_id", .string)
            .field("opted_out_48h", .bool, .required)
            .unique(on: "hub_id", "amhp_id")
            .create()
        try await child(StoredSuspension.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("first_date", .string, .required)
            .field("last_date", .string, .required)
            .create()
        try await child(StoredShiftType.schema, on: database)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("start_minutes", .int, .required)
            .field("end_minutes", .int, .required)
            .field("is_night", .bool, .required)
            .unique(on: "hub_id", "code")
            .create()
        try await child(StoredCoverRule.schema, on: database)
            .field("day_type", .string, .required)
            .field("shift_code", .string, .required)
            .field("minimum", .int, .required)
            .field("target", .int, .required)
            .field("coordinator_required", .bool, .required)
            .field("second_worker_available", .bool, .required)
            .unique(on: "hub_id", "day_type", "shift_code")
            .create()
        try await child(StoredAbsence.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("kind", .string, .required)
            .field("first_date", .string, .required)
            .field("last_date", .string, .required)
            .field("note", .string, .required)
            .create()
        try await child(StoredShiftRequest.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("date", .string, .required)
            .field("shift_code", .string)
            .field("preference", .string, .required)
            .field("weight", .int, .required)
            .create()
        try await child(StoredTOILPlan.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("balance_hours", .double, .required)
            .field("plan_back_hours", .double, .required)
            .unique(on: "hub_id", "amhp_id")
            .create()
        try await child(StoredFairnessHistory.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("months", .int, .required)
            .field("nights", .int, .required)
            .field("weekend_shifts", .int, .required)
            .field("bank_holiday_shifts", .int, .required)
            .field("worked_last_festive", .bool, .required)
            .unique(on: "hub_id", "amhp_id")
            .create()
        try await child(StoredCarryIn.schema, on: database)
            .field("amhp_id", .string, .required)
            .field("date", .string, .required)
            .field("shift_code", .string, .required)
            .field("is_coordinator", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in Self.childTables.reversed() { try await database.schema(table).delete() }
        try await database.schema(StoredHub.schema).delete()
    }

    /// A table of one hub file's rows: its own id, the hub it belongs to, and the row's position.
    private func child(_ table: String, on database: any Database) -> SchemaBuilder {
        database.schema(table)
            .id()
            .field("hub_id", .uuid, .required, .references(StoredHub.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "hub_id", "position")
    }
}
