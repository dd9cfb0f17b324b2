import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOPosix

/// The planner's database, open and migrated: what the command-line tool uses.
///
/// The service (Vapor) registers `location.configurationFactory()` with `app.databases` and calls
/// `StorageMigrations.migrate(app.db)` at start instead; the repositories work on either.
///
///     let store = try await PlannerDatabase.open(.sqlite(path: "amhp.sqlite"))
///     defer { Task { await store.close() } }
///     let hub = try await HubRepository(database: store.database).load()
public final class PlannerDatabase: Sendable {
    public let location: DatabaseLocation
    /// The database the repositories take.
    public let database: any Database
    private let databases: Databases

    private init(location: DatabaseLocation, databases: Databases, database: any Database) {
        self.location = location
        self.databases = databases
        self.database = database
    }

    /// Opens the database, creating an SQLite file (and its folder) if there is none, and brings it to
    /// the current schema. Nothing needs setting up by hand.
    ///
    /// An SQLite file that exists must be one: a file of zero bytes, one without SQLite's header, or
    /// one failing `PRAGMA quick_check` is refused (`StorageError.damagedDatabaseFile`), never
    /// replaced by a new, empty database.
    ///
    /// SQLite runs in WAL mode with `synchronous=FULL`: a committed write is on disk before the
    /// commit returns, so it survives the process being killed (or the power failing) a moment later.
    public static func open(_ location: DatabaseLocation, logger: Logger = PlannerDatabase.quietLogger) async throws -> PlannerDatabase {
        if case .sqlite(let path) = location {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try await SQLiteFile.prepare(path: path)
        }
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: .singleton, on: group)
        databases.use(try location.configurationFactory(), as: .amhp, isDefault: true)
        guard let database = databases.database(.amhp, logger: logger, on: group.any()) else {
            preconditionFailure("The database was registered just above.")
        }
        do {
            if case .sqlite(let path) = location { try await SQLiteFile.setUp(database, path: path) }
            try await StorageMigrations.migrate(database)
        } catch {
            await databases.shutdownAsync()
            throw error
        }
        return PlannerDatabase(location: location, databases: databases, database: database)
    }

    /// Sets up a database someone else opened (the service's `app.db`) as `open` does: the SQLite
    /// file's checks and durability settings, then the current schema. Call it before anything else
    /// uses the database, so a missing SQLite file is created here and a damaged one refused.
    public static func prepare(_ database: any Database, location: DatabaseLocation) async throws {
        if case .sqlite(let path) = location {
            try await SQLiteFile.prepare(path: path)
            try await SQLiteFile.setUp(database, path: path)
        }
        try await StorageMigrations.migrate(database)
    }

    /// Closes every connection; call once, when done.
    public func close() async {
        await databases.shutdownAsync()
    }

    /// Warnings and errors only: the command-line tool prints its own messages.
    public static var quietLogger: Logger {
        var logger = Logger(label: "amhp.storage")
        logger.logLevel = .warning
        return logger
    }
}

extension DatabaseID {
    /// The planner's database.
    public static let amhp = DatabaseID(string: "amhp")
}

extension DatabaseLocation {
    /// The Fluent configuration for this location, for `Databases.use(_:as:)` (and `app.databases.use` in the service).
    public func configurationFactory() throws -> DatabaseConfigurationFactory {
        switch self {
        case .sqlite(let path):
            // Writers of this file in one process queue at its `WriteGate`; a minute's patience for a connection, as
            // for PostgreSQL below, lets a burst of them through instead of failing the last ones.
            let sqlite = DatabaseConfigurationFactory.sqlite(.file(path), connectionPoolTimeout: .seconds(60), sqlLogLevel: .debug)
            return DatabaseConfigurationFactory { GatedSQLiteConfiguration(wrapping: sqlite.make(), path: path) }
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            // Writers queue on an advisory lock, so under load a request may wait for a connection
            // longer than Fluent's default 10 s; a few connections per loop and a minute's patience
            // let a burst of writes through instead of failing them.
            return .postgres(configuration: configuration, maxConnectionsPerEventLoop: 2, connectionPoolTimeout: .seconds(60),
                             sqlLogLevel: .debug)
        }
    }
}
