import Fluent
import Foundation
import Leaf
import LeafKit
import Storage
import Vapor

/// Sets up a Vapor application as the AMHP Planner service: database, pages, API, sign-in and the
/// solve-job worker.
///
///     let app = try await Application.make(.production)
///     try await PlannerService.configure(app, ServiceConfiguration(database: .sqlite(path: "amhp.sqlite"), solverExecutable: amhp))
///     try await app.execute()
public enum PlannerService {
    /// Runs the service until it is stopped (Ctrl-C or SIGTERM); `started` runs once it listens.
    public static func run(_ configuration: ServiceConfiguration, started: @escaping @Sendable () -> Void = {}) async throws {
        let environment = Environment(name: "production", arguments: ["amhp"])
        ServiceLogging.bootstrap(configuration.logFormat)
        let app = try await Application.make(environment)
        do {
            try await configure(app, configuration)
            app.lifecycle.use(StartedAnnouncement(announce: started))
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    public static func configure(_ app: Application, _ configuration: ServiceConfiguration) async throws {
        if case .sqlite(let path) = configuration.database {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
        }
        app.databases.use(try configuration.database.configurationFactory(), as: .amhp, isDefault: true)
        try await PlannerDatabase.prepare(app.db, location: configuration.database)
        let caches = ProcessCaches()
        try configure(app, configuration, dependencies: .fluent(passwordCost: configuration.passwordCost, caches: caches))
        app.lifecycle.use(BackgroundTask.fillingTOILCache(caches.toilLedger))
        if case .sqlite = configuration.database { app.lifecycle.use(BackgroundTask.checkpointingWAL()) }
    }

    /// Everything but the database: pages, API, sign-in and the solve-job worker, with storage
    /// reached through `dependencies` (the Fluent repositories, or a test's in-memory stores).
    static func configure(_ app: Application, _ configuration: ServiceConfiguration, dependencies: ServiceDependencies) throws {
        app.plannerConfiguration = configuration
        app.dependencies = dependencies
        if let sendmail = configuration.sendmail {
            app.changeMailer = SendmailMailer(executable: sendmail, logger: app.logger, counts: MailCounts())
        }
        app.http.server.configuration.hostname = configuration.hostname
        app.http.server.configuration.port = configuration.port

        ContentConfiguration.global.use(encoder: JSONCoding.encoder, for: .json)
        ContentConfiguration.global.use(decoder: JSONCoding.decoder, for: .json)

        let resources = ServiceResources.root
        app.directory.viewsDirectory = resources.appendingPathComponent("Views").path + "/"
        app.directory.publicDirectory = resources.appendingPathComponent("Public").path + "/"
        app.views.use(.leaf)
        // Leaf's default refuses any path with a hidden folder in it, and SwiftPM keeps the bundled
        // views under `.build/`; the sandbox alone still keeps templates inside the views folder.
        app.leaf.sources = .singleSource(NIOLeafFiles(fileio: app.fileio, limits: [.toSandbox, .requireExtensions],
                                                      sandboxDirectory: app.directory.viewsDirectory,
                                                      viewDirectory: app.directory.viewsDirectory))
        app.leaf.cache.isEnabled = app.environment.isRelease

        let throttle = BackgroundThrottle(share: configuration.busyChildShare)
        app.backgroundThrottle = throttle
        app.middleware = Middlewares()
        app.middleware.use(RequestLog(throttle: throttle))
        // RequestLog counts requests by route pattern and status class; Vapor's own counts would repeat them.
        app.http.server.configuration.reportMetrics = false
        app.middleware.use(SecurityHeaders())
        app.middleware.use(ServiceErrorMiddleware())
        app.middleware.use(StaticFiles(publicDirectory: app.directory.publicDirectory))
        app.middleware.use(SessionTokenAuthenticator())
        app.middleware.use(CrossSiteGuard(publicURL: configuration.publicURL))

        try ServiceRoutes.register(on: app)

        if configuration.runsSolveJobs {
            app.lifecycle.use(BackgroundTask.solveWorkers)
            app.lifecycle.use(BackgroundTask.throttling(throttle))
        }
    }
}

/// Says the service is up once it has booted.
private struct StartedAnnouncement: LifecycleHandler {
    let announce: @Sendable () -> Void

    func didBootAsync(_ application: Application) async throws {
        announce()
    }
}

extension Application {
    private struct ConfigurationKey: StorageKey {
        typealias Value = ServiceConfiguration
    }

    /// The service's configuration, set by `PlannerService.configure`.
    var plannerConfiguration: ServiceConfiguration {
        get { configured(ConfigurationKey.self, "the configuration") }
        set { storage[ConfigurationKey.self] = newValue }
    }

    /// A value `PlannerService.configure` sets before any route runs.
    func configured<Key: StorageKey>(_ key: Key.Type, _ what: String) -> Key.Value {
        guard let value = storage[key] else {
            preconditionFailure("PlannerService.configure sets \(what) before any route runs.")
        }
        return value
    }
}

/// Where the templates and static files shipped with the service are.
enum ServiceResources {
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["AMHP_RESOURCES"] { return URL(fileURLWithPath: path) }
        return Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }
}

/// JSON as the API writes and reads it: snake_case keys, ISO 8601 times, sorted keys.
enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in SnakeCaseKey(snake: path.last?.stringValue ?? "") }
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// A snake_case key as the Swift property it names: `amhp_id` → `amhpID`, `time_limit` → `timeLimit`.
///
/// Foundation's `.convertFromSnakeCase` gives `amhpId`, which does not match `amhpID`; the encoder's
/// `.convertToSnakeCase` turns `amhpID` into `amhp_id`, so this is its inverse.
struct SnakeCaseKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil

    init(snake: String) {
        let words = snake.split(separator: "_")
        stringValue = words.enumerated().map { index, word in
            if index == 0 { return String(word) }
            return word == "id" ? "ID" : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    init?(stringValue: String) {
        self.init(snake: stringValue)
    }

    init?(intValue: Int) {
        return nil
    }
}
