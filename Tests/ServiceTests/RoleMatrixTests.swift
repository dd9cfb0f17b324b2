import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting

/// Each role tried on each API route: a role the route does not list is refused with 403 before
/// anything happens, a listed role is never refused for its role, and no one signed out gets in.
@Suite struct RoleMatrixTests {
    /// Path parameters filled with values that exist where that matters (A01 is helen's own id).
    static func path(of operation: APIOperation) -> String {
        operation.path.split(separator: "/").map { part -> String in
            guard part.hasPrefix("{") else { return String(part) }
            switch part {
            case "{amhpID}": return "A01"
            case "{index}": return "0"
            default: return UUID().uuidString
            }
        }.reduce("") { $0 + "/" + $1 }
    }

    /// Routes whose handlers run a child solver for long; their refusals are still tried.
    static func isSlow(_ operation: APIOperation) -> Bool {
        ["/api/sufficiency", "/api/scenarios", "/api/succession", "/api/report"].contains { operation.path.hasPrefix($0) }
    }

    @Test func everyRoleOnEveryRoute() async throws {
        try await ServiceHarness.with { service in
            let operations = service.app.apiOperations.filter { !$0.isPublic && $0.operationID != "signOut" }
            #expect(operations.count >= 30)
            let userOfRole: [UserRole: String] = [.manager: "sam", .lead: "lee", .hr: "jo", .amhp: "helen"]
            for operation in operations {
                let path = Self.path(of: operation)
                let body: Any? = operation.request == .none ? nil : [String: Any]()
                let anonymous = try await service.send(operation.method, path, as: nil, json: body)
                #expect(anonymous.status == .unauthorized, "signed out: \(operation.method) \(path) gave \(anonymous.status)")
                for role in UserRole.allCases {
                    let allowed = operation.roles.contains(role)
                    if allowed && Self.isSlow(operation) { continue }
                    let response = try await service.send(operation.method, path, as: userOfRole[role], json: body)
                    if allowed {
                        // An AMHP may still be refused someone else's data, and says so.
                        let ownDataRefusal = response.status == .forbidden && response.body.string.contains("own")
                        #expect(response.status != .forbidden || ownDataRefusal,
                                "\(role.rawValue) refused \(operation.method) \(path): \(response.body.string)")
                        #expect(response.status != .unauthorized)
                    } else {
                        #expect(response.status == .forbidden, "\(role.rawValue) on \(operation.method) \(path) gave \(response.status)")
                    }
                }
            }
        }
    }

    @Test func anAMHPSeesOnlyTheirOwnPersonalData() async throws {
        try await ServiceHarness.with { service in
            for path in ["/api/amhps/A02", "/api/toil/amhps/A02/history", "/api/toil/amhps/A02/balance"] {
                let response = try await service.send(.GET, path, as: "helen")
                #expect(response.status == .forbidden, "\(path): \(response.status)")
                #expect(try await service.send(.GET, path, as: "ravi").status == .ok)
            }
            let amhps = try ServiceHarness.array(try await service.send(.GET, "/api/amhps", as: "helen"))
            #expect(amhps.map { $0["id"] as? String } == ["A01"])
            let leave = try ServiceHarness.array(try await service.send(.GET, "/api/leave", as: "helen"))
            #expect(leave.allSatisfy { $0["amhp_id"] as? String == "A01" })
            let allLeave = try ServiceHarness.array(try await service.send(.GET, "/api/leave", as: "sam"))
            #expect(allLeave.contains { $0["amhp_id"] as? String != "A01" })
            let requests = try ServiceHarness.array(try await service.send(.GET, "/api/requests", as: "helen"))
            #expect(requests.allSatisfy { $0["amhp_id"] as? String == "A01" })
            // Asking for someone else's request makes it one's own.
            let made = try await service.send(.POST, "/api/requests", as: "helen",
                                              json: ["amhp_id": "A02", "date": "2026-12-10", "preference": "avoid"])
            #expect(made.status == .created)
            #expect(try ServiceHarness.object(made)["amhp_id"] as? String == "A01")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await ServiceHarness.with { service in
            let before = try await service.send(.GET, "/api/me", as: "jo")
            let signOut = try await service.send(.DELETE, "/api/session", as: "jo")
            let after = try await service.send(.GET, "/api/me", as: "jo")
            #expect(before.status == .ok)
            #expect(signOut.status == .noContent)
            #expect(after.status == .unauthorized)
        }
    }

    @Test func signingInChecksThePassword() async throws {
        try await ServiceHarness.with { service in
            let wrong = try await service.send(.POST, "/api/session", as: nil, json: ["username": "sam", "password": "nope-nope"])
            #expect(wrong.status == .unauthorized)
            let unknown = try await service.send(.POST, "/api/session", as: nil, json: ["username": "nobody", "password": "Mersey-ferry-4417"])
            #expect(unknown.status == .unauthorized)
            let right = try await service.send(.POST, "/api/session", as: nil, json: ["username": "sam", "password": ServiceHarness.password])
            #expect(right.status == .created)
            let token = try #require(try ServiceHarness.object(right)["token"] as? String)
            #expect(right.headers.setCookie?[SessionTokenAuthenticator.cookieName]?.string == token)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let me = try await service.app.testing().sendRequest(.GET, "/api/me", headers: headers)
            #expect(try ServiceHarness.object(me)["username"] as? String == "sam")
            var basic = HTTPHeaders()
            basic.basicAuthorization = BasicAuthorization(username: "jo", password: ServiceHarness.password)
            #expect(try await service.app.testing().sendRequest(.GET, "/api/toil/balances", headers: basic).status == .ok)
        }
    }
}
