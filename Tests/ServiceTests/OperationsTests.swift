import Foundation
import Logging
import NIOCore
@testable import Service
import SQLKit
import Storage
import Testing
import Vapor
import VaporTesting

/// The operator's routes (/healthz, /readyz, /metrics), request ids and the request log.
// Serialized: the job gauges are one registry per process, set from the database at each scrape.
@Suite(.serialized) struct OperationsTests {
    static let token = "metrics-token-0123456789abcdef"

    @Test func healthzAnswersWithoutSignInAndWithTheSecurityHeaders() async throws {
        try await ServiceHarness.with { service in
            let response = try await service.send(.GET, "/healthz", as: nil)
            #expect(response.status == .ok)
            let body = try ServiceHarness.object(response)
            #expect(body["status"] as? String == "ok" && body.count == 1, "\(body)")
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(response.headers.first(name: "Cache-Control") == "no-store")
        }
    }

    @Test func readyzIsReadyOnAMigratedDatabaseAndNamesAMissingMigration() async throws {
        try await ServiceHarness.with { service in
            let ready = try await service.send(.GET, "/readyz", as: nil)
            #expect(ready.status == .ok, "\(ready.body.string)")
            #expect(try ServiceHarness.object(ready)["status"] as? String == "ready")
            // A database an older build migrated: the newest migration is not in its log.
            let newest = try #require(StorageMigrations.all.last?.name)
            let sql = try #require(service.app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: newest)").run()
            let behind = try await service.send(.GET, "/readyz", as: nil)
            #expect(behind.status == .serviceUnavailable)
            let body = try ServiceHarness.object(behind)
            #expect(body["status"] as? String == "not ready")
            let problems = try #require(body["problems"] as? [String])
            #expect(problems.count == 1)
            #expect(problems.first?.contains(newest) == true, "\(problems)")
            #expect(problems.first?.contains("amhp serve") == true, "the problem says how to fix it: \(problems)")
        }
    }

    @Test(.enabled(if: ServiceHarness.Backend.postgresURL != nil, "PostgreSQL readiness and job gauges skipped: set DATABASE_URL."))
    func readyzAndTheJobGaugesOnPostgreSQL() async throws {
        try await ServiceHarness.with(.postgres) { service in
            service.app.plannerConfiguration.metricsToken = Self.token
            #expect(try await service.send(.GET, "/readyz", as: nil).status == .ok)
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 1])
            #expect(queued.status == .accepted, "\(queued.body.string)")
            let text = try await service.send(.GET, "/metrics", as: nil, headers: Self.bearer(Self.token)).body.string
            #expect(Self.sample(in: text, "amhp_jobs", ["kind": "solve", "status": "queued"]) == 1, "\(text)")
            #expect(Self.sample(in: text, "amhp_jobs", ["kind": "solve", "status": "running"]) == 0)
            let sql = try #require(service.app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: try #require(StorageMigrations.all.last?.name))").run()
            #expect(try await service.send(.GET, "/readyz", as: nil).status == .serviceUnavailable)
        }
    }

    @Test func aWellFormedRequestIDIsEchoedAndAnyOtherReplaced() async throws {
        try await ServiceHarness.with { service in
            let given = "nginx-4f1c2a9e.77:1"
            let echoed = try await service.send(.GET, "/api/me", as: "sam", headers: ["X-Request-Id": given])
            #expect(echoed.headers.first(name: "X-Request-Id") == given)
            let refused = try await service.send(.GET, "/api/me", as: nil, headers: ["X-Request-Id": given])
            #expect(refused.status == .unauthorized)
            #expect(refused.headers.first(name: "X-Request-Id") == given, "errors carry the id too")
            for bad in ["", "has space", "semi;colon", "<script>", "é", String(repeating: "a", count: RequestID.maximumLength + 1)] {
                let response = try await service.send(.GET, "/healthz", as: nil, headers: ["X-Request-Id": bad])
                let made = try #require(response.headers.first(name: "X-Request-Id"), "no id for \(bad.debugDescription)")
                #expect(made != bad)
                #expect(RequestID(header: made) != nil && UUID(uuidString: made) != nil, "made id \(made)")
            }
            let none = try await service.send(.GET, "/healthz", as: nil)
            #expect(none.headers.first(name: "X-Request-Id").flatMap { UUID(uuidString: $0) } != nil)
            let longest = String(repeating: "b", count: RequestID.maximumLength)
            #expect(try await service.send(.GET, "/healthz", as: nil, headers: ["X-Request-Id": longest]).headers.first(name: "X-Request-Id") == longest)
        }
    }

    @Test func metricsCountRequestsByRoutePatternWithTheToken() async throws {
        try await ServiceHarness.with { service in
            // Refused without a token when the peer is not this machine (the in-memory tests have no peer).
            let local = try await service.send(.GET, "/metrics", as: nil)
            #expect(local.status == .forbidden)
            #expect(local.body.string.contains("--metrics-token"))
            service.app.plannerConfiguration.metricsToken = Self.token
            #expect(try await service.send(.GET, "/metrics", as: nil).status == .unauthorized)
            #expect(try await service.send(.GET, "/metrics", as: nil, headers: Self.bearer("wrong-token-0123456789abcdef")).status == .unauthorized)
            #expect(try await service.send(.GET, "/metrics", as: "sam").status == .unauthorized, "a session token is not the metrics token")

            #expect(try await service.send(.GET, "/api/amhps/A01", as: "sam").status == .ok)
            #expect(try await service.send(.GET, "/api/amhps/NOPE", as: "sam").status == .notFound)
            #expect(try await service.send(.GET, "/no/such/path/\(UUID())", as: nil).status == .notFound)
            let metrics = try await service.send(.GET, "/metrics", as: nil, headers: Self.bearer(Self.token))
            #expect(metrics.status == .ok)
            #expect(metrics.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = metrics.body.string
            #expect(Self.sample(in: text, "amhp_http_requests_total", ["method": "GET", "route": "/api/amhps/:amhpID", "status": "2xx"]) ?? 0 >= 1, "\(text)")
            #expect(Self.sample(in: text, "amhp_http_requests_total", ["method": "GET", "route": "/api/amhps/:amhpID", "status": "4xx"]) ?? 0 >= 1)
            #expect(Self.sample(in: text, "amhp_http_requests_total", ["route": "unmatched", "status": "4xx"]) ?? 0 >= 1)
            #expect(Self.sample(in: text, "amhp_http_request_duration_seconds_count", ["route": "/api/amhps/:amhpID", "status": "2xx"]) ?? 0 >= 1)
            #expect(!text.contains("A01") && !text.contains("/no/such/path"), "raw paths never become labels")
            // The queue read from the database: no jobs yet, every status reported as 0.
            for status in ["queued", "running", "failed"] {
                #expect(Self.sample(in: text, "amhp_jobs", ["kind": "solve", "status": status]) == 0, "amhp_jobs \(status)")
            }
        }
    }

    @Test func withoutATokenMetricsAnswerOnlyALoopbackPeerWithNoProxyHeader() async throws {
        let app = try await Application.make(.testing)
        let checked = Result { try Self.checkAccess(app) }
        try await app.asyncShutdown()
        try checked.get()
    }

    static func checkAccess(_ app: Application) throws {
        func request(from ip: String, headers: HTTPHeaders = [:]) throws -> Request {
            Request(application: app, method: .GET, url: "/metrics", headers: headers,
                    remoteAddress: try SocketAddress(ipAddress: ip, port: 40000), on: app.eventLoopGroup.any())
        }
        let open = MetricsAccess(token: nil)
        #expect(open.refusal(for: try request(from: "127.0.0.1")) == nil)
        #expect(open.refusal(for: try request(from: "::1")) == nil)
        #expect(open.refusal(for: try request(from: "10.1.2.3")) == .notLocal)
        #expect(open.refusal(for: try request(from: "127.0.0.1", headers: ["X-Forwarded-For": "203.0.113.9"])) == .notLocal)
        #expect(open.refusal(for: try request(from: "127.0.0.1", headers: ["X-Real-IP": "203.0.113.9"])) == .notLocal)
        let guarded = MetricsAccess(token: token)
        #expect(guarded.refusal(for: try request(from: "127.0.0.1")) == .wrongToken, "with a token, loopback alone is not enough")
        #expect(guarded.refusal(for: try request(from: "10.1.2.3", headers: bearer(token))) == nil)
        #expect(MetricsTokenRule.problem(with: "short") != nil)
        #expect(MetricsTokenRule.problem(with: "has a space in it 0123456789") != nil)
        #expect(MetricsTokenRule.problem(with: token) == nil)
    }

    @Test func aJSONLogLineHoldsTheRequestFieldsAsFieldsOfTheirOwn() throws {
        var handler = JSONLogHandler(label: "codes.vapor.request", level: .info, metadataProvider: nil)
        handler[metadataKey: "request-id"] = "abc-123"
        let event = LogEvent(level: .info, message: "request \"quoted\"\nnext",
                             metadata: ["route": "/api/rotas/:rotaID", "status": .stringConvertible(200), "tags": ["a", "b"]],
                             source: "Service", file: #fileID, function: #function, line: #line)
        let data = handler.line(event, at: Date(timeIntervalSince1970: 0))
        #expect(data.last == 0x0A)
        #expect(data.dropLast().contains(0x0A) == false, "one line, whatever the message holds")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["request-id"] as? String == "abc-123")
        #expect(object["route"] as? String == "/api/rotas/:rotaID")
        #expect(object["status"] as? String == "200")
        #expect(object["tags"] as? [String] == ["a", "b"])
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "request \"quoted\"\nnext")
        #expect(object["time"] as? String == "1970-01-01T00:00:00Z")
    }

    /// Beside the API (whose operations the role matrix tries), no page or file answers someone signed
    /// out but sign-in itself, the OpenAPI document and the operator's routes.
    @Test func onlyTheKnownPublicRoutesAnswerSomeoneSignedOut() async throws {
        let publicRoutes: Set<String> = ["/signin", "/openapi.json", "/healthz", "/readyz"]
        try await ServiceHarness.with { service in
            let routes = service.app.routes.all.filter { $0.method == .GET && $0.path.first?.description != "api" }
            #expect(routes.count >= 10)
            for route in routes {
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                let path = "/" + route.path.map { component -> String in
                    switch component {
                    case .constant(let text): text
                    default: UUID().uuidString
                    }
                }.joined(separator: "/")
                let status = try await service.send(.GET, path, as: nil).status
                if publicRoutes.contains(pattern) {
                    #expect(status == .ok, "\(pattern) gave \(status)")
                } else {
                    #expect(status != .ok, "\(pattern) answered someone signed out")
                }
            }
        }
    }

    static func bearer(_ token: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        return headers
    }

    /// The value of the sample of `name` whose labels include `labels`, from Prometheus's text format.
    static func sample(in text: String, _ name: String, _ labels: [String: String]) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + "{") {
            guard let close = line.lastIndex(of: "}") else { continue }
            let inside = line[line.index(line.startIndex, offsetBy: name.count + 1)..<close]
            let pairs = Dictionary(inside.split(separator: ",").compactMap { pair -> (String, String)? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                return (String(parts[0]), parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }, uniquingKeysWith: { $1 })
            guard labels.allSatisfy({ pairs[$0.key] == $0.value }) else { continue }
            return Double(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
