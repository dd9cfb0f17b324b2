import FluentKit
import SQLKit

/// Whether a database can serve this build: it answers a trivial query, and it has run every
/// migration in `StorageMigrations.all` (an instance started against a database an older build
/// migrated, or one still migrating, is not ready).
public enum StorageReadiness {
    /// What is wrong, each a sentence naming the fix; empty when the database is ready.
    public static func problems(_ database: any Database) async -> [String] {
        guard let sql = database as? any SQLDatabase else { return ["The database does not speak SQL."] }
        do {
            _ = try await sql.raw("SELECT 1 AS ok").all()
        } catch {
            return ["The database does not answer (\(String(reflecting: error))); check that it is running and that DATABASE_URL names it."]
        }
        let pending: [String]
        do {
            pending = try await StorageMigrations.pending(database)
        } catch {
            return ["The migration log (\(MigrationLog.schema)) cannot be read (\(String(reflecting: error))); start `amhp serve` once on this database to migrate it."]
        }
        guard !pending.isEmpty else { return [] }
        return ["Migrations not yet applied: \(pending.joined(separator: ", ")); start this version's `amhp serve` once on the database to apply them."]
    }
}

extension StorageMigrations {
    /// The migrations this build has that the database has not run, oldest first.
    public static func pending(_ database: any Database) async throws -> [String] {
        let applied = Set(try await MigrationLog.query(on: database).all().map(\.name))
        return all.map(\.name).filter { !applied.contains($0) }
    }
}
