import Foundation
import Workforce

/// Reading back values stored as text, with an error naming the table and field when one is unreadable.
enum StoredValue {
    static func date(_ text: String, table: String, field: String) throws -> LocalDate {
        guard let date = LocalDate(text) else { throw StorageError.unreadableValue(table: table, field: field, value: text) }
        return date
    }

    static func month(_ text: String, table: String, field: String) throws -> Month {
        guard let month = Month(text) else { throw StorageError.unreadableValue(table: table, field: field, value: text) }
        return month
    }

    /// A value of a string-backed enumeration.
    static func choice<Value: RawRepresentable>(_ text: String, as type: Value.Type, table: String, field: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else { throw StorageError.unreadableValue(table: table, field: field, value: text) }
        return value
    }
}

extension StoredValue {
    /// A moment to the whole millisecond, as every timestamp is stored: it then reads back equal
    /// from SQLite (seconds as a double) and PostgreSQL (microseconds).
    static func moment(_ date: Date) -> Date {
        Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate * 1000).rounded() / 1000)
    }
}
