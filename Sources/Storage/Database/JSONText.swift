import Foundation

/// JSON kept as text in the database (audit details, rota reports, solve parameters), which reads
/// the same on SQLite and PostgreSQL.
enum JSONText {
    /// A JSON object of strings, keys sorted, so the same detail is always the same text.
    static func object(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(values) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// - Throws: `StorageError.invalidJSON` unless `text` is a JSON object.
    static func requireObject(_ text: String, field: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)), object is [String: Any] else {
            throw StorageError.invalidJSON(field: field)
        }
    }
}
