import FluentKit
import Foundation

/// The Fluent configuration of an SQLite file, carrying that file's `WriteGate`.
///
/// Fluent does not say which file is behind a `Database`; every database it opens keeps the
/// configuration it was registered with (`context.configuration`), so the gate travels there.
struct GatedSQLiteConfiguration: DatabaseConfiguration {
    private var wrapped: any DatabaseConfiguration
    /// The gate every write to this file passes, in this process.
    let gate: WriteGate

    init(wrapping wrapped: any DatabaseConfiguration, path: String) {
        self.wrapped = wrapped
        self.gate = WriteGate.forFile(path)
    }

    var middleware: [any AnyModelMiddleware] {
        get { wrapped.middleware }
        set { wrapped.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        wrapped.makeDriver(for: databases)
    }

    /// The gate of the SQLite file behind `database`. Storage registers every SQLite file through
    /// `DatabaseLocation.configurationFactory()`, so there always is one.
    static func gate(of database: any Database) -> WriteGate {
        guard let configuration = database.context.configuration as? GatedSQLiteConfiguration else {
            preconditionFailure("SQLite databases are registered through DatabaseLocation.configurationFactory().")
        }
        return configuration.gate
    }
}

extension SQLiteFile {
    /// `path` made absolute, with `.`, `..` and symbolic links resolved, so one file has one name;
    /// `:memory:` as it is.
    static func canonicalPath(_ path: String) -> String {
        guard path != ":memory:" else { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
