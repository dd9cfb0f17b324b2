import Foundation

/// Where the planner's data lives: an SQLite file (the default, nothing to set up) or a PostgreSQL
/// database that several service instances share.
///
///     try DatabaseLocation.resolve(option: nil, environment: [:])      // .sqlite(path: "amhp.sqlite")
///     try DatabaseLocation.resolve(option: "postgres://amhp@db/amhp", environment: [:])
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file, created and migrated on first use.
    case sqlite(path: String)
    /// A PostgreSQL database named by a `postgres://` or `postgresql://` URL; `schema`, when given,
    /// is the schema the tables live in (its search path).
    case postgres(url: String, schema: String? = nil)

    /// The SQLite file used when nothing else is said: `amhp.sqlite` in the current folder.
    public static let defaultPath = "amhp.sqlite"

    /// The location from, in order: the `--database` option, `AMHP_DATABASE`, `DATABASE_URL`, then
    /// `amhp.sqlite` in the current folder.
    ///
    /// The option and `AMHP_DATABASE` take a file path or a PostgreSQL URL; `DATABASE_URL` (the
    /// variable hosting platforms set) must name a PostgreSQL database.
    ///
    /// - Throws: `StorageError.unsupportedDatabaseURL` when `DATABASE_URL` names anything else, or a
    ///   value is empty.
    public static func resolve(option: String?, environment: [String: String]) throws -> DatabaseLocation {
        if let option { return try parse(option, from: "--database") }
        if let path = environment["AMHP_DATABASE"] { return try parse(path, from: "AMHP_DATABASE") }
        if let url = environment["DATABASE_URL"] {
            let location = try parse(url, from: "DATABASE_URL")
            guard case .postgres = location else { throw StorageError.unsupportedDatabaseURL(source: "DATABASE_URL", value: url) }
            return location
        }
        return .sqlite(path: defaultPath)
    }

    /// A path, or a PostgreSQL URL when the text starts with `postgres://` or `postgresql://`.
    static func parse(_ text: String, from source: String) throws -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StorageError.unsupportedDatabaseURL(source: source, value: text) }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") { return .postgres(url: trimmed) }
        if lowered.contains("://") { throw StorageError.unsupportedDatabaseURL(source: source, value: text) }
        return .sqlite(path: trimmed)
    }

    /// Whether this is an SQLite file.
    public var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// For messages: the file path, or the PostgreSQL URL with any password hidden.
    public var description: String {
        switch self {
        case .sqlite(let path):
            return path
        case .postgres(let url, let schema):
            var shown = url
            if var components = URLComponents(string: url), components.password != nil {
                components.password = "***"
                shown = components.string ?? "a PostgreSQL database"
            }
            return schema.map { "\(shown) (schema \($0))" } ?? shown
        }
    }
}
