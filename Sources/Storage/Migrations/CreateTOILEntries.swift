import FluentKit

/// Creates `toil_entries`, the append-only TOIL ledger.
///
/// Entries are not tied to the hub's rows: re-importing the hub (or an AMHP leaving it) never
/// touches the ledger, which must never lose an entry.
struct CreateTOILEntries: AsyncMigration {
    var name: String { "CreateTOILEntries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredTOILEntry.schema)
            .field("position", .int, .identifier(auto: false))
            .field("entry_id", .string, .required)
            .field("amhp_id", .string, .required)
            .field("kind", .string, .required)
            .field("corrected_entry_id", .string)
            .field("date", .string, .required)
            .field("hours_hundredths", .int, .required)
            .field("reason", .string, .required)
            .field("recorded_by", .string, .required)
            .field("approved_by", .string)
            .field("recorded_on", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "entry_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredTOILEntry.schema).delete()
    }
}
