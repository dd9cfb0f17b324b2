import FluentKit

/// Gives `users` a `disabled_at` column (issue 16): when a manager disabled the user (null: the
/// user is enabled). A disabled user cannot sign in, and their sessions end when they are disabled.
struct AddUserDisabled: AsyncMigration {
    var name: String { "AddUserDisabled" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredUser.schema).field("disabled_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredUser.schema).deleteField("disabled_at").update()
    }
}
