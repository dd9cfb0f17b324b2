import FluentKit

/// Creates `sessions`: sign-ins and calendar links, kept as a SHA-256 of their token.
///
/// Kept in the database, not in one process's memory, so that several service instances share
/// them and a sign-out ends the session everywhere.
struct CreateSessions: AsyncMigration {
    var name: String { "CreateSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(StoredUser.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSession.schema).delete()
    }
}
