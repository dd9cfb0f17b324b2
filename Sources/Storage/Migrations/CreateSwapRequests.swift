import FluentKit

/// Creates `swap_requests` (issue 16): AMHPs' offers and exchanges of published shifts, with
/// where each stands and the rota version its approval made. Reverting drops the table; the
/// versions approvals made stay with the rota.
struct CreateSwapRequests: AsyncMigration {
    var name: String { "CreateSwapRequests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSwapRequest.schema)
            .id()
            .field("month", .string, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("from_amhp_id", .string, .required)
            .field("from_date", .string, .required)
            .field("from_shift", .string, .required)
            .field("to_amhp_id", .string)
            .field("to_date", .string)
            .field("to_shift", .string)
            .field("notes", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("accepted_by", .string)
            .field("accepted_at", .datetime)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .field("overrode", .bool, .required)
            .field("based_on", .uuid, .required)
            .field("version_id", .uuid)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSwapRequest.schema).delete()
    }
}
