import FluentKit
import SQLKit

/// How storage sets up an SQLite file for durability and for several processes at once.
enum SQLiteSettings {
    /// Write-ahead logging (kept in the file, so set once) and a full sync at every commit.
    ///
    /// `synchronous` is a per-connection setting; SQLite's default, and SQLiteNIO's build, is FULL
    /// already, and setting it here keeps it so should either change.
    static func apply(to database: any Database) async throws {
        try await GatedSQLiteConfiguration.gate(of: database).run {
            try await database.withConnection { connection in
                let sql = SQLFlavour.sql(connection)
                try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(StorageTransaction.sqliteBusyMilliseconds))").run()
                try await sql.raw("PRAGMA journal_mode = WAL").run()
                try await sql.raw("PRAGMA synchronous = FULL").run()
            }
        }
    }
}
