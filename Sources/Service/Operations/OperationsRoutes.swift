import FluentKit
import NIOConcurrencyHelpers
import Storage
import Vapor

/// The routes an operator's tools call, outside the API and its sign-in: `/healthz` (the process
/// answers), `/readyz` (it can serve: the database answers and is fully migrated), for a proxy or an
/// orchestrator, and `/metrics` for Prometheus (see `MetricsAccess`). None of them shows personal data.
enum OperationsRoutes {
    /// How long `/readyz` waits for the database; a health check must answer even when it does not.
    static let readinessTimeout: Duration = .seconds(3)

    static func register(on app: Application) {
        ServiceMetrics.start()
        app.get("healthz") { _ in
            try jsonResponse(.ok, HealthBody(status: "ok", problems: nil))
        }
        app.get("readyz") { request in
            let problems = await readinessProblems(request.application)
            return try jsonResponse(problems.isEmpty ? .ok : .serviceUnavailable,
                                    HealthBody(status: problems.isEmpty ? "ready" : "not ready", problems: problems.isEmpty ? nil : problems))
        }
        app.get("metrics") { request in
            let access = MetricsAccess(token: request.application.plannerConfiguration.metricsToken)
            if let refusal = access.refusal(for: request) {
                let response = try jsonResponse(refusal.status, HealthBody(status: "refused", problems: [refusal.message]))
                if refusal == .wrongToken { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            let text = try await ServiceMetrics.exposition(database: database(of: request.application))
            return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: .init(string: text))
        }
    }

    /// The planner's database, when this application has one (the in-memory handler tests do not).
    static func database(of app: Application) -> (any Database)? {
        app.databases.ids().contains(.amhp) ? app.db(.amhp) : nil
    }

    static func readinessProblems(_ app: Application) async -> [String] {
        guard let database = database(of: app) else { return ["No database is configured."] }
        let timeout = readinessTimeout
        // Raced by hand rather than in a task group: a group would still wait for a hung query.
        return await withCheckedContinuation { continuation in
            let answer = OnceAnswer(continuation)
            let timer = Task {
                try? await Task.sleep(for: timeout)
                answer.give(["The database did not answer within \(timeout); check that it is running and reachable."])
            }
            Task {
                answer.give(await StorageReadiness.problems(database))
                timer.cancel()
            }
        }
    }

    private static func jsonResponse(_ status: HTTPResponseStatus, _ body: HealthBody) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(body, using: JSONCoding.encoder)
        return response
    }
}

/// `{"status": "ok"}`, or what is wrong and how to fix it.
struct HealthBody: Content {
    let status: String
    let problems: [String]?
}

/// Resumes a continuation with the first answer given and ignores the rest.
private final class OnceAnswer: Sendable {
    private let continuation: NIOLockedValueBox<CheckedContinuation<[String], Never>?>

    init(_ continuation: CheckedContinuation<[String], Never>) {
        self.continuation = NIOLockedValueBox(continuation)
    }

    func give(_ problems: [String]) {
        continuation.withLockedValue { waiting in
            waiting?.resume(returning: problems)
            waiting = nil
        }
    }
}
