import FluentKit

/// Creates `leave_requests` (issue 16): AMHPs' requests for leave and the managers' decisions.
/// Reverting drops the table; the absences approved requests became stay in the hub.
struct CreateLeaveRequests: AsyncMigration {
    var name: String { "CreateLeaveRequests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredLeaveRequest.schema)
            .id()
            .field("amhp_id", .string, .required)
            .field("kind", .string, .required)
            .field("start", .string, .required)
            .field("end", .string, .required)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("change_request", .bool, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .field("absence_id", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredLeaveRequest.schema).delete()
    }
}
