import FluentKit

/// Creates `users`: who may sign in, with a bcrypt password hash and a role.
struct CreateUsers: AsyncMigration {
    var name: String { "CreateUsers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredUser.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("amhp_id", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredUser.schema).delete()
    }
}
