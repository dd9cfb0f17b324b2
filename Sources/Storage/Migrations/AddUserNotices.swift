import FluentKit

/// Gives `users` what staff need to hear of changes to their shifts (issue 15): `email`, the
/// address a changed version is mailed to (null: no e-mail), and `changes_seen_at`, when the user
/// last looked at their changes on /my (null: never). The changes themselves are not stored: they
/// are worked out from the rota versions, which already hold every one.
struct AddUserNotices: AsyncMigration {
    var name: String { "AddUserNotices" }

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite alters a table one change at a time.
        try await database.schema(StoredUser.schema).field("email", .string).update()
        try await database.schema(StoredUser.schema).field("changes_seen_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredUser.schema).deleteField("changes_seen_at").update()
        try await database.schema(StoredUser.schema).deleteField("email").update()
    }
}
