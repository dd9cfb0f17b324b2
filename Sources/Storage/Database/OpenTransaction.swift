import FluentKit
import NIOCore
import SQLKit

/// One connection inside a transaction that storage began itself (SQLite's `BEGIN IMMEDIATE`).
///
/// It says `inTransaction`, so a write nested inside joins the transaction instead of beginning
/// another, and it is an `SQLDatabase` too, for the few statements Fluent cannot express.
struct OpenTransaction: Database, SQLDatabase {
    /// The connection the transaction runs on.
    let connection: any Database

    private var sql: any SQLDatabase {
        guard let sql = connection as? any SQLDatabase else {
            preconditionFailure("Storage only opens SQL databases (SQLite, PostgreSQL).")
        }
        return sql
    }

    var context: DatabaseContext { connection.context }
    var inTransaction: Bool { true }
    var logger: Logger { connection.context.logger }
    var eventLoop: any EventLoop { connection.context.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        connection.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        connection.execute(schema: schema)
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> {
        connection.execute(enum: `enum`)
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }
}
