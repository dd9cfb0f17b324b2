import Foundation
import Storage
import TestSupport
import Testing
import Vapor
import VaporTesting
import Workforce
@testable import Service

/// A planner service for the planning tests: a fresh SQLite database with the demo hub imported,
/// one user of each role, the built `amhp` as the planning commands' executable, and (unless a
/// test says otherwise) the demo hub's folder as the planning folder.
struct PlanningTestApp {
    let app: Application
    let folder: URL
    /// Bearer tokens by role.
    let tokens: [UserRole: String]

    static let password = "planning-password"

    /// Runs `body` with such an app, then shuts it down and removes its files.
    static func with(planningFolder: URL? = demoHub, _ body: (PlanningTestApp) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-planning-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Leaf refuses templates under a hidden folder, and SwiftPM's resource bundle is under
        // .build; the sources' own Views and Public are the same files.
        let app = try await Application.make(.testing)
        do {
            var configuration = ServiceConfiguration(
                database: .sqlite(path: folder.appendingPathComponent("amhp.sqlite").path), solverExecutable: amhpExecutable,
                workspace: folder.appendingPathComponent("workspace"), planningFolder: planningFolder, runsSolveJobs: true,
                pollInterval: 0.2, passwordCost: 4)
            // As in `ServiceHarness`: scenario runs compared with the command's own results run at its priority.
            configuration.childPriority = .service
            configuration.busyChildShare = .unlimited
            try await PlannerService.configure(app, configuration)
            _ = try await HubRepository(database: app.db).replace(with: try HubLoader.load(folder: demoHub), by: "test")
            let users = UserRepository(database: app.db, passwordCost: 4)
            var tokens: [UserRole: String] = [:]
            for role in UserRole.allCases {
                try await users.create(username: role.rawValue, displayName: "Test \(role.rawValue)", password: password, role: role,
                                       amhpID: role == .amhp ? "A01" : nil, by: "test")
                tokens[role] = try await signIn(app, username: role.rawValue)
            }
            try await body(PlanningTestApp(app: app, folder: folder, tokens: tokens))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func signIn(_ app: Application, username: String) async throws -> String {
        let response = try await app.testing().sendRequest(.POST, "/api/session", beforeRequest: { request in
            try request.content.encode(["username": username, "password": password], as: .json)
        })
        #expect(response.status == .created, "signing in \(username): \(response.body.string)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        return try #require(object["token"] as? String)
    }

    /// The form token (`csrf_token`) of the role's session, as its pages carry it.
    func formToken(_ role: UserRole) -> String? {
        tokens[role].map(FormToken.make(forSessionToken:))
    }

    /// A request as a user of `role` (nil for nobody signed in).
    func send(_ method: HTTPMethod, _ path: String, as role: UserRole?, json: [String: Any]? = nil, text: String? = nil,
              contentType: HTTPMediaType? = nil) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let role, let token = tokens[role] { request.headers.bearerAuthorization = BearerAuthorization(token: token) }
            if let json {
                request.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
                request.headers.contentType = .json
            }
            if let text {
                request.body = ByteBuffer(string: text)
                request.headers.contentType = contentType ?? .plainText
            }
        })
    }

    /// The body of a JSON response as an object.
    static func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any],
                     "not a JSON object: \(response.body.string)")
    }

    // MARK: The package and the amhp executable

    static var amhpExecutable: URL { ServiceHarness.executable }
    static var packageRoot: URL { ServiceHarness.packageRoot }
    static var demoHub: URL { ServiceHarness.demoHub }

    /// Runs `amhp` as a person would, returning its exit status and standard output.
    static func runCLI(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let ending = try await ProgramRun.run(amhpExecutable, arguments, in: packageRoot)
        return (ending.status, ending.output)
    }

    /// A CSV file the command wrote, as rows of cells (the planning files quote no commas in these).
    static func csvRows(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
