import FluentKit
import Foundation

/// Proof, inside a write's own transaction, that what was written reads back as what was meant.
///
/// A database may keep a value other than the one it was given (SQLite's reader stops text at a NUL
/// character), or keep one AMHP Planner cannot read again (a date in year 999, written `999-12-31`).
/// Found later, such a row makes every read fail, and in an append-only table it can never be
/// removed; found here, the error rolls the transaction back and nothing is written. A write checks
/// twice: every field of every row it wrote, read back by id, and then the domain value rebuilt from
/// the rows read back, compared with the value it meant to store.
///
///     try await row.create(on: transaction)
///     let readBack = try await RoundTrip.readBack(row, on: transaction)
///     try RoundTrip.rebuild(account, table: StoredUser.schema) { try UserAccount(readBack) }
enum RoundTrip {
    /// Reads `written` back by its id and compares every field.
    ///
    /// - Throws: `StorageError.roundTripFailed` naming the first field that differs.
    @discardableResult
    static func readBack<Row: Model>(_ written: Row, on database: any Database) async throws -> Row {
        guard let id = written.id else { throw missingRow(Row.self, id: "(none)") }
        guard let readBack = try await Row.find(id, on: database) else { throw missingRow(Row.self, id: "\(id)") }
        try compare(written, readBack)
        return readBack
    }

    /// Compares every field of each row of `written` with the row of the same id in `readBack`.
    ///
    /// - Throws: `StorageError.roundTripFailed` naming the first row and field that differ.
    static func compare<Row: Model>(_ written: [Row], readBack: [Row]) throws {
        let found = Dictionary(readBack.compactMap { row in row.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        for row in written {
            guard let id = row.id else { throw missingRow(Row.self, id: "(none)") }
            guard let match = found[id] else { throw missingRow(Row.self, id: "\(id)") }
            try compare(row, match)
        }
    }

    /// Rebuilds the domain value from rows read back and compares it with the value meant.
    ///
    /// - Throws: `StorageError.roundTripFailed` for a value that cannot be read back
    ///   (`StorageError.unreadableValue` from `rebuild`) or for the first part that differs.
    static func rebuild<Value: Equatable>(_ meant: Value, table: String, _ rebuild: () throws -> Value) throws {
        let rebuilt: Value
        do {
            rebuilt = try rebuild()
        } catch let StorageError.unreadableValue(rowTable, field, value) {
            throw StorageError.roundTripFailed(table: rowTable, field: field, stored: value, readBack: value)
        }
        guard rebuilt != meant else { return }
        let difference = firstDifference(meant, rebuilt, path: "")
        throw StorageError.roundTripFailed(table: table, field: difference.path, stored: difference.meant, readBack: difference.rebuilt)
    }

    private static func compare<Row: Model>(_ written: Row, _ readBack: Row) throws {
        let meant = FieldValues(written).values, found = FieldValues(readBack).values
        for (field, value) in meant.sorted(by: { $0.key < $1.key }) where found[field] != value {
            throw StorageError.roundTripFailed(table: Row.schema, field: field, stored: value.text,
                                               readBack: found[field]?.text ?? "(no such column)")
        }
    }

    private static func missingRow<Row: Model>(_ type: Row.Type, id: String) -> StorageError {
        StorageError.roundTripFailed(table: Row.schema, field: "id", stored: id, readBack: "(no row)")
    }

    /// The first part of `meant` and `rebuilt` that differs, as a path such as `amhps[3].name`:
    /// a value that describes itself differently is reported whole, anything else is looked into.
    private static func firstDifference(_ meant: Any, _ rebuilt: Any, path: String,
                                        depth: Int = 0) -> (path: String, meant: String, rebuilt: String) {
        let whole = (path.isEmpty ? "value" : path, String(describing: meant), String(describing: rebuilt))
        if meant is CustomStringConvertible, whole.1 != whole.2 { return whole }
        let meantChildren = Array(Mirror(reflecting: meant).children), rebuiltChildren = Array(Mirror(reflecting: rebuilt).children)
        guard depth < 8, !meantChildren.isEmpty, meantChildren.count == rebuiltChildren.count else { return whole }
        for (index, (left, right)) in zip(meantChildren, rebuiltChildren).enumerated()
        where String(reflecting: left.value) != String(reflecting: right.value) {
            let step = left.label.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? "\(path)[\(index)]"
            return firstDifference(left.value, right.value, path: step, depth: depth + 1)
        }
        return whole
    }
}

/// Every field of a row as the database is given it: text for comparing, by column name.
private final class FieldValues: DatabaseInput {
    /// A field's value: its text, or NULL.
    enum Value: Equatable {
        case text(String)
        case null

        var text: String {
            switch self {
            case .text(let text): text
            case .null: "NULL"
            }
        }
    }

    /// Fields the database fills in itself (an id it generates) are left out.
    private(set) var values: [String: Value] = [:]

    var wantsUnmodifiedKeys: Bool { true }

    init(_ row: some Model) {
        row.input(to: self)
    }

    func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
        switch value {
        case .default: values[key.description] = nil
        case .null: values[key.description] = .null
        case .bind(let bound): values[key.description] = Self.text(of: bound).map(Value.text) ?? .null
        default: values[key.description] = .text(String(describing: value))
        }
    }

    /// Text that is equal exactly when the values read back equal: dates to the millisecond every
    /// timestamp is stored at (`StoredValue.moment`), doubles to the last bit.
    private static func text(of value: Any) -> String? {
        switch value {
        case let text as String: return text
        case let date as Date: return String(format: "%.3f", date.timeIntervalSince1970)
        case let double as Double: return double.isNaN ? "NaN" : "\(double)"
        case let uuid as UUID: return uuid.uuidString
        default:
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return String(describing: value) }
            return mirror.children.first.flatMap { text(of: $0.value) }
        }
    }
}
