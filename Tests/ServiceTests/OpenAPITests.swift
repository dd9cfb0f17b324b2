import Foundation
@testable import Service
import Testing
import Vapor
import VaporTesting

/// `/openapi.json` describes exactly the API that is served, and what it serves matches its schemas.
@Suite struct OpenAPITests {
    @Test func theDocumentListsEveryAPIRouteAndNoOther() async throws {
        try await ServiceHarness.with { service in
            let response = try await service.send(.GET, "/openapi.json", as: nil)
            #expect(response.status == .ok)
            let document = try ServiceHarness.object(response)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            let served = Set(service.app.routes.all.compactMap { route -> String? in
                let parts = route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }
                guard parts.first == "api" else { return nil }
                return "\(route.method.rawValue) /\(parts.joined(separator: "/"))"
            })
            #expect(served == documented, "served but not documented: \(served.subtracting(documented).sorted()); documented but not served: \(documented.subtracting(served).sorted())")
            #expect(served.count >= 30)
        }
    }

    @Test func docsServiceListsEveryOperation() async throws {
        try await ServiceHarness.with { service in
            let docs = try String(contentsOf: ServiceHarness.packageRoot.appendingPathComponent("docs/service.md"), encoding: .utf8)
            for operation in service.app.apiOperations {
                #expect(docs.contains("| \(operation.method.rawValue) | `\(operation.path)` |"),
                        "docs/service.md does not list \(operation.method.rawValue) \(operation.path)")
            }
        }
    }

    @Test func everyReferenceResolvesAndEveryOperationSaysWhoMayCallIt() async throws {
        try await ServiceHarness.with { service in
            let document = try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil))
            let text = String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.withoutEscapingSlashes]), as: UTF8.self)
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let references = text.components(separatedBy: "#/components/schemas/").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(!references.isEmpty)
            for name in references { #expect(schemas[String(name)] != nil, "no schema \(name)") }
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            var operationIDs: [String] = []
            for (path, operations) in paths {
                for (method, operation) in operations {
                    #expect((operation["x-roles"] as? [String])?.isEmpty == false, "\(method) \(path) names no roles")
                    #expect((operation["responses"] as? [String: Any])?.isEmpty == false)
                    operationIDs.append(operation["operationId"] as? String ?? "")
                }
            }
            #expect(Set(operationIDs).count == operationIDs.count, "operation ids repeat")
        }
    }

    @Test func responsesMatchTheirDocumentedSchemas() async throws {
        try await ServiceHarness.with { service in
            let document = try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil))
            let check = SchemaCheck(document: document)
            let samples: [(String, String, String)] = [
                ("sam", "/api/me", "User"), ("sam", "/api/amhps", "AMHP"), ("sam", "/api/shift-types", "ShiftType"),
                ("sam", "/api/leave", "Leave"), ("sam", "/api/requests", "Request"), ("jo", "/api/toil/balances?as_of=2026-12-31", "TOILBalance"),
                ("sam", "/api/users", "User"), ("sam", "/api/audit", "AuditEvent"), ("helen", "/api/my/rota?month=2026-12", "MyRota"),
                ("helen", "/api/team?month=2026-12", "TeamRota"), ("jo", "/api/team/now", "TeamNow"), ("lee", "/api/league", "League"),
            ]
            for (user, path, schema) in samples {
                let response = try await service.send(.GET, path, as: user)
                #expect(response.status == .ok, "\(path): \(response.status)")
                let body = try ServiceHarness.json(response)
                let expected: [String: Any] = body is [Any] ? ["type": "array", "items": ["$ref": "#/components/schemas/\(schema)"]]
                                                            : ["$ref": "#/components/schemas/\(schema)"]
                if let array = body as? [Any] { #expect(!array.isEmpty, "\(path) returned nothing to check") }
                let problems = check.problems(body, against: expected)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            }
            let bad = try await service.send(.POST, "/api/leave", as: "sam", json: ["amhp_id": "ZZ", "kind": "holiday", "start": "2026-13-01", "end": "x"])
            #expect(check.problems(try ServiceHarness.json(bad), against: ["$ref": "#/components/schemas/Error"]).isEmpty)
        }
    }
}
