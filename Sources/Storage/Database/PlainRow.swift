import FluentKit
import Foundation
import SQLKit

/// A row as its columns' plain values, inserted and read back with SQLKit instead of a Fluent model.
///
/// The writes made on every request (a TOIL entry, an audit event) go this way: a Fluent model's
/// create, find and field comparison walk the model by reflection several times, which made them
/// four times the cost of the SQL itself. The check is the one `RoundTrip` makes of a model, every
/// column compared with the value written, made on the row the insert itself gives back: one round
/// trip to the database instead of two, each of which costs more than the work it carries.
struct PlainRow: Sendable {
    /// A column's value, as it is bound and as it is compared once read back.
    enum Value: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// A moment, compared to the millisecond every stored moment is rounded to (`StoredValue.moment`).
        case moment(Date)
        case null

        static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }

        static func == (left: Value, right: Value) -> Bool {
            switch (left, right) {
            case (.text(let a), .text(let b)): a == b
            case (.integer(let a), .integer(let b)): a == b
            case (.moment(let a), .moment(let b)): Self.milliseconds(a) == Self.milliseconds(b)
            case (.null, .null): true
            default: false
            }
        }

        /// As `RoundTrip` reports values: dates in seconds to the millisecond.
        var description: String {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            case .moment(let date): String(format: "%.3f", date.timeIntervalSince1970)
            case .null: "NULL"
            }
        }

        var expression: any SQLExpression {
            switch self {
            case .text(let text): SQLBind(text)
            case .integer(let number): SQLBind(number)
            case .moment(let date): SQLBind(date)
            case .null: SQLLiteral.null
            }
        }

        /// The value of `column` in `row`, read as this value's kind.
        func read(_ column: String, from row: any SQLRow) -> Value? {
            if (try? row.decodeNil(column: column)) == true { return .null }
            switch self {
            case .text: return (try? row.decode(column: column, as: String.self)).map(Value.text)
            case .integer: return (try? row.decode(column: column, as: Int.self)).map(Value.integer)
            case .moment: return (try? row.decode(column: column, as: Date.self)).map(Value.moment)
            case .null: return (try? row.decode(column: column, as: String.self)).map(Value.text)
            }
        }

        private static func milliseconds(_ date: Date) -> Int64 {
            Int64((date.timeIntervalSince1970 * 1_000).rounded())
        }
    }

    struct Column: Sendable {
        let name: String
        let value: Value
    }

    let columns: [Column]

    init(_ columns: [(String, Value)]) {
        self.columns = columns.map { Column(name: $0.0, value: $0.1) }
    }

    /// The most rows one statement inserts: well under SQLite's and PostgreSQL's bind limits.
    static let rowsPerStatement = 500

    /// Inserts `rows` (which name the same columns in the same order) into `table`, several to a
    /// statement, and compares every column of each with the row the database gives back for it
    /// (`RETURNING *`: the row as stored, through the decoding any later read goes through), matched
    /// by the integer column `key`. Returns the rows given back, by key.
    ///
    /// With `skippingConflictsOn` (a column with a unique constraint), a row whose value there is
    /// taken already is not inserted and not given back: the caller finds it missing.
    ///
    /// - Throws: `StorageError.roundTripFailed` for a row not given back or the first column that differs.
    @discardableResult
    static func insert(_ rows: [PlainRow], into table: String, key: String, skippingConflictsOn unique: String? = nil,
                       on database: any Database) async throws -> [Int: any SQLRow] {
        guard let first = rows.first else { return [:] }
        let sql = SQLFlavour.sql(database)
        var stored: [Int: any SQLRow] = [:]
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            let insert = sql.insert(into: table).columns(first.columns.map(\.name)).rows(chunk.map { $0.columns.map(\.value.expression) })
            if let unique { insert.ignoringConflicts(with: [SQLIdentifier(unique)]) }
            let returned = try await insert.returning(SQLLiteral.all).all()
            guard returned.count == chunk.count || unique != nil else {
                throw StorageError.roundTripFailed(table: table, field: key, stored: "\(chunk.count) rows", readBack: "\(returned.count) rows")
            }
            // Rows come back in no set order: each is matched by its key, which a single row may
            // leave to the database (an id it makes).
            var byKey: [Int: any SQLRow] = [:]
            for readBack in returned {
                guard let id = try? readBack.decode(column: key, as: Int.self) else {
                    throw StorageError.roundTripFailed(table: table, field: key, stored: "(new row)", readBack: "(no \(key))")
                }
                byKey[id] = readBack
            }
            for row in chunk {
                let id: Int
                if case .integer(let written)? = row.columns.first(where: { $0.name == key })?.value {
                    id = written
                } else if chunk.count == 1, let only = byKey.keys.first {
                    id = only
                } else {
                    throw StorageError.roundTripFailed(table: table, field: key, stored: "(rows inserted together without their \(key))",
                                                       readBack: "(cannot be matched)")
                }
                guard let readBack = byKey[id] else {
                    if unique != nil { continue }
                    throw StorageError.roundTripFailed(table: table, field: key, stored: String(id), readBack: "(no row)")
                }
                try row.compare(with: readBack, table: table)
                stored[id] = readBack
            }
        }
        return stored
    }

    /// Inserts the row as `insert(_:into:key:on:)` does and returns the id the database gave it in `key`.
    func insert(into table: String, key: String, on database: any Database) async throws -> Int {
        let stored = try await Self.insert([self], into: table, key: key, on: database)
        guard let id = stored.keys.first else {
            throw StorageError.roundTripFailed(table: table, field: key, stored: "(new row)", readBack: "(no row)")
        }
        return id
    }

    /// Compares every column written with the same column of `readBack`.
    ///
    /// - Throws: `StorageError.roundTripFailed` naming the first column that differs.
    func compare(with readBack: any SQLRow, table: String) throws {
        for column in columns {
            let found = column.value.read(column.name, from: readBack)
            guard found != column.value else { continue }
            throw StorageError.roundTripFailed(table: table, field: column.name, stored: column.value.description,
                                               readBack: found?.description ?? "(unreadable)")
        }
    }
}
