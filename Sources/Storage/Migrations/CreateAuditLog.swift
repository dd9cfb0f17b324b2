import FluentKit
import SQLKit

/// Creates `audit_log`, append-only, with an index for looking up one subject's history.
struct CreateAuditLog: AsyncMigration {
    var name: String { "CreateAuditLog" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredAuditEvent.schema)
            .field("id", .int, .identifier(auto: true))
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("detail", .string, .required)
            .create()
        try await SQLFlavour.sql(database).create(index: "audit_log_subject").on(StoredAuditEvent.schema).column("subject").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredAuditEvent.schema).delete()
    }
}
