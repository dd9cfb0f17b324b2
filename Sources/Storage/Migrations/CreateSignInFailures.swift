import FluentKit

/// Creates `sign_in_failures`: one row per wrong password, keyed by the user name and by the
/// client address it came from, so that every service instance sharing the database throttles
/// the same guesses.
struct CreateSignInFailures: AsyncMigration {
    var name: String { "CreateSignInFailures" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSignInFailure.schema)
            .id()
            .field("key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSignInFailure.schema).delete()
    }
}
