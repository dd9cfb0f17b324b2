import FluentKit
import Foundation
import NIOCore
import SQLKit
@testable import Service
import Storage
import TestSupport
import Testing
import Vapor
import VaporTesting
import Workforce

/// A service on a fresh database (an SQLite file, or a PostgreSQL schema of its own) with the demo
/// hub imported and one user of each role, driven through its HTTP interface in memory.
struct ServiceHarness: Sendable {
    enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }

        static var postgresURL: String? {
            guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], url.lowercased().hasPrefix("postgres") else { return nil }
            return url
        }
    }

    static let password = "Mersey-ferry-4417"
    /// user name → (role, AMHP id)
    static let users: [(String, UserRole, String?)] = [
        ("sam", .manager, nil), ("lee", .lead, nil), ("jo", .hr, nil), ("helen", .amhp, "A01"), ("ravi", .amhp, "A02"),
    ]

    let app: Application
    let folder: URL
    let tokens: [String: String]

    static var packageRoot: URL { BuiltProgram.packageRoot }

    static var demoHub: URL { packageRoot.appendingPathComponent("Data/demo-hub") }

    /// The `amhp` binary beside the test bundle, which solve jobs run.
    static var executable: URL { BuiltProgram.amhp }

    /// Runs `body` with a configured service, then shuts it down and removes its data. With a
    /// `runner`, its child jobs go to it (a `FakeChildJobRunner`) rather than the built `amhp`.
    static func with(_ backend: Backend = .sqlite, runsSolveJobs: Bool = false, limits: SignInLimits = SignInLimits(),
                     runner: (any ChildJobRunner)? = nil, configure: (inout ServiceConfiguration) -> Void = { _ in },
                     _ body: (ServiceHarness) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location: DatabaseLocation
        var schema: String?
        switch backend {
        case .sqlite:
            location = .sqlite(path: folder.appendingPathComponent("service.sqlite").path)
        case .postgres:
            let name = "svc_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await postgresAdmin("CREATE SCHEMA \(name)")
            schema = name
            location = .postgres(url: Backend.postgresURL ?? "", schema: name)
        }
        let app = try await Application.make(.testing)
        do {
            var configuration = ServiceConfiguration(
                database: location, solverExecutable: executable, workspace: folder.appendingPathComponent("jobs"),
                planningFolder: demoHub, defaultTimeLimit: 3, runsSolveJobs: runsSolveJobs, pollInterval: 0.2, passwordCost: 4,
                signInLimits: limits)
            // The suite keeps every core busy: children at the lowest priority would solve for their
            // time limit on a sliver of one and differ from the same command run here; nor are they paused
            // while the suite's requests make the service busy.
            configuration.childPriority = .service
            configuration.busyChildShare = .unlimited
            configure(&configuration)
            try await PlannerService.configure(app, configuration)
            if let runner { app.childJobRunner = runner }
            try await HubRepository(database: app.db).replace(with: try HubLoader.load(folder: demoHub), by: "setup")
            let accounts = UserRepository(database: app.db, passwordCost: 4)
            var tokens: [String: String] = [:]
            for (name, role, amhpID) in users {
                let account = try await accounts.create(username: name, displayName: name.capitalized, password: password,
                                                        role: role, amhpID: amhpID, by: "setup")
                tokens[name] = try await SessionRepository(database: app.db).start(for: account, kind: .browser, lifetime: 3600)
            }
            try await body(ServiceHarness(app: app, folder: folder, tokens: tokens))
        } catch {
            try? await app.asyncShutdown()
            if let schema { try? await postgresAdmin("DROP SCHEMA \(schema) CASCADE") }
            throw error
        }
        try await app.asyncShutdown()
        if let schema { try await postgresAdmin("DROP SCHEMA \(schema) CASCADE") }
    }

    /// Sends a request as `user` (nil: signed out) with an optional JSON body.
    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, as user: String?, json: Any? = nil,
              headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        if let user { headers.bearerAuthorization = BearerAuthorization(token: tokens[user] ?? "unknown") }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }

    /// The response's JSON body.
    static func json(_ response: TestingHTTPResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body), options: [.fragmentsAllowed])
    }

    static func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try json(response) as? [String: Any], "expected a JSON object, got \(response.body.string)")
    }

    static func array(_ response: TestingHTTPResponse) throws -> [[String: Any]] {
        try #require(try json(response) as? [[String: Any]], "expected a JSON array, got \(response.body.string)")
    }

    private static func postgresAdmin(_ statement: String) async throws {
        let store = try await PlannerDatabase.open(.postgres(url: Backend.postgresURL ?? ""))
        do {
            try await (store.database as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
