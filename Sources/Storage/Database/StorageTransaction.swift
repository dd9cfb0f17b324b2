import FluentKit
import SQLKit

/// Runs writes as one transaction that other writers wait for, in this process or any other.
///
/// - SQLite: `BEGIN IMMEDIATE` takes the database's write lock before the first read, so reading
///   the ledger, checking an entry and appending it cannot interleave with another writer
///   (SQLite's busy handler makes the second writer wait). Any error rolls everything back.
/// - PostgreSQL: a transaction that first takes a transaction-scoped advisory lock, so service
///   instances sharing the database append to the ledger one at a time. The lock is keyed by the
///   schema too: instances of one service share a schema and so one lock, while databases in
///   other schemas (the test suites') do not queue behind each other.
///
/// Called inside a transaction already (`database.inTransaction`), the body joins it.
/// `read` gives several queries one consistent snapshot without holding up writers.
enum StorageTransaction {
    /// The first key of the advisory lock every PostgreSQL write holds: "AMHP" in ASCII. The
    /// second is the hash of the schema written to.
    static let postgresLockKey: Int32 = 0x414D_4850

    /// How long an SQLite writer waits for another process's write to finish before giving up
    /// with "database is locked"; SQLite sleeps while it waits.
    static let sqliteBusyMilliseconds = 30_000

    static func write<T: Sendable>(
        on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        if database.inTransaction { return try await body(database) }
        switch SQLFlavour(database) {
        case .sqlite:
            return try await GatedSQLiteConfiguration.gate(of: database).run {
                try await database.withConnection { connection in
                    let transaction = OpenTransaction(connection: connection)
                    try await transaction.raw("PRAGMA busy_timeout = \(unsafeRaw: String(sqliteBusyMilliseconds))").run()
                    try await transaction.raw("BEGIN IMMEDIATE").run()
                    do {
                        let result = try await body(transaction)
                        try await transaction.raw("COMMIT").run()
                        return result
                    } catch {
                        try? await transaction.raw("ROLLBACK").run()
                        throw error
                    }
                }
            }
        case .postgres:
            return try await database.transaction { transaction in
                try await SQLFlavour.sql(transaction).raw("SELECT pg_advisory_xact_lock(\(bind: postgresLockKey), hashtext(current_schema()))").run()
                return try await body(transaction)
            }
        }
    }

    /// Runs reads against one snapshot of the database: SQLite's deferred transaction in WAL mode,
    /// PostgreSQL's repeatable-read, read-only transaction.
    static func read<T: Sendable>(
        on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        if database.inTransaction { return try await body(database) }
        let begin = SQLFlavour(database) == .sqlite ? "BEGIN" : "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
        return try await database.withConnection { connection in
            let transaction = OpenTransaction(connection: connection)
            if SQLFlavour(database) == .sqlite {
                try await transaction.raw("PRAGMA busy_timeout = \(unsafeRaw: String(sqliteBusyMilliseconds))").run()
            }
            try await transaction.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(transaction)
                try await transaction.raw("COMMIT").run()
                return result
            } catch {
                try? await transaction.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

/// The SQL database behind a Fluent database, for the statements that differ between them.
enum SQLFlavour {
    case sqlite
    case postgres

    init(_ database: any Database) {
        self = SQLFlavour.sql(database).dialect.name == "sqlite" ? .sqlite : .postgres
    }

    /// The database as SQLKit sees it; storage only ever opens SQL databases.
    static func sql(_ database: any Database) -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else {
            preconditionFailure("Storage only opens SQL databases (SQLite, PostgreSQL).")
        }
        return sql
    }
}
