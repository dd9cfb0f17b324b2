import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The findings of the hostile-input review, each as it was reproduced, against the service in
/// memory (Tests/security/ repeats them against `amhp serve` over HTTP).
@Suite struct HostileInputTests {
    /// Finding 1: dates and months outside 1900-2199 killed the server; now 422 naming the field.
    @Test func datesOutsideTheSupportedYearsAreRefusedNamingTheField() async throws {
        try await ServiceHarness.with { service in
            let asks: [(String, String, String)] = [
                ("helen", "/api/toil/amhps/A01/balance?as_of=0000-06-15", "as_of"),
                ("jo", "/api/toil/balances?as_of=0000-01-01", "as_of"),
                ("jo", "/api/toil/balances?as_of=9999-12-31", "as_of"),
                ("jo", "/api/toil/payroll?month=0001-01", "month"),
                ("sam", "/api/leave?month=9999-12", "month"),
            ]
            for (user, path, field) in asks {
                let response = try await service.send(.GET, path, as: user)
                #expect(response.status == .unprocessableEntity, "\(path): \(response.body.string)")
                let problems = try #require(try ServiceHarness.object(response)["problems"] as? [[String: String]])
                #expect(problems.first?["field"] == field, "\(path)")
            }
            for path in ["/my?month=9999-12", "/my?month=0001-01"] {
                let page = try await service.send(.GET, path, as: "helen")
                #expect(page.status.code < 500, "\(path)")
            }
            let hr = try await service.send(.GET, "/toil?as_of=0000-01-01", as: "jo")
            #expect(hr.status.code < 500)
            let entry = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A01", "kind": "accrued", "hours": 1, "date": "0000-12-25", "reason": "x", "approved_by": "Sam"])
            #expect(entry.status == .unprocessableEntity)
            // The zero case: an ordinary date still works.
            #expect(try await service.send(.GET, "/api/toil/balances?as_of=2026-12-31", as: "jo").status == .ok)
        }
    }

    /// Finding 2: one entry broke the ledger for good; now refused, and the ledger stays readable.
    @Test func entriesThatCouldNotBeReadBackAreRefusedAndTheLedgerStaysReadable() async throws {
        try await ServiceHarness.with { service in
            let base: [String: Any] = ["amhp_id": "A01", "kind": "accrued", "hours": 1.5, "date": "2026-11-02",
                                       "reason": "Assessment overran", "approved_by": "Sam"]
            let attacks: [(String, Any, String)] = [
                ("date", "0999-12-31", "date"), ("approved_by", "Sam\u{0}", "approved_by"), ("reason", "Overran\u{0}", "reason"),
                ("reason", "line\r\nbreak", "reason"), ("hours", 999_999_999_999.99, "hours"), ("hours", -3, "hours"),
                ("reason", String(repeating: "x", count: 100_000), "reason"), ("approved_by", String(repeating: "y", count: 300), "approved_by"),
            ]
            for (key, value, field) in attacks {
                var body = base
                body[key] = value
                let response = try await service.send(.POST, "/api/toil/entries", as: "jo", json: body)
                #expect(response.status == .unprocessableEntity, "\(key): \(response.body.string.prefix(300))")
                let problems = try ServiceHarness.object(response)["problems"] as? [[String: String]] ?? []
                #expect(problems.contains { $0["field"] == field }, "\(key): \(problems)")
            }
            #expect(try await service.send(.GET, "/api/toil/balances", as: "jo").status == .ok)
            #expect(try await service.send(.GET, "/toil", as: "jo").status == .ok)
            #expect(try await service.send(.POST, "/api/toil/entries", as: "jo", json: base).status == .created, "the zero case")
        }
    }

    /// Finding 3: `next` after signing in is a same-origin path and never a header.
    @Test(arguments: [
        ("/\r\nSet-Cookie: injected=1", "/"), ("/\t/evil.example", "/"), ("//evil.example", "/"), ("/\\evil.example", "/"),
        ("https://evil.example", "/"), ("/ /evil.example", "/"), ("", "/"), ("/rotas?month=2026-12", "/rotas?month=2026-12"),
    ])
    func signInGoesOnlyToAPathOnThisSite(next: String, expected: String) {
        #expect(SafeRedirect.path(next) == expected)
    }

    /// Finding 4: wrong passwords are throttled on every way in, 429 with Retry-After.
    @Test func wrongPasswordsAreThrottledOnEveryWayIn() async throws {
        try await ServiceHarness.with(limits: SignInLimits(window: 900, perUser: 3, perAddress: 100)) { service in
            for _ in 0..<3 {
                let wrong = try await service.send(.POST, "/api/session", as: nil, json: ["username": "ravi", "password": "not-the-password"])
                #expect(wrong.status == .unauthorized)
            }
            let right = try await service.send(.POST, "/api/session", as: nil, json: ["username": "ravi", "password": ServiceHarness.password])
            #expect(right.status == .tooManyRequests, "even the right password waits")
            #expect(Int(right.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            var basic = HTTPHeaders()
            basic.basicAuthorization = BasicAuthorization(username: "ravi", password: ServiceHarness.password)
            let viaBasic = try await service.app.testing().sendRequest(.GET, "/api/me", headers: basic)
            #expect(viaBasic.status == .tooManyRequests)
            let viaForm = try await service.app.testing().sendRequest(.POST, "/signin", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                                                     body: ByteBuffer(string: "username=ravi&password=\(ServiceHarness.password)&next=/"))
            #expect(viaForm.status == .tooManyRequests)
            // The zero case: another user is not held up.
            let other = try await service.send(.POST, "/api/session", as: nil, json: ["username": "jo", "password": ServiceHarness.password])
            #expect(other.status == .created)
        }
    }

    /// A user name no one could have (a NUL, which PostgreSQL refuses to store; 10,000 characters) is
    /// a wrong sign-in like any other, on both databases.
    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func impossibleUserNamesAreWrongSignIns(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            for name in ["sam\u{0}", String(repeating: "n", count: 10_000), "\u{1B}[2J"] {
                let response = try await service.send(.POST, "/api/session", as: nil, json: ["username": name, "password": "whatever-it-is"])
                #expect(response.status == .unauthorized, "\(response.body.string.prefix(200))")
            }
        }
    }

    /// Basic is for scripts on the API, not for pages.
    @Test func basicSignsInOnTheAPIOnly() async throws {
        try await ServiceHarness.with { service in
            var basic = HTTPHeaders()
            basic.basicAuthorization = BasicAuthorization(username: "sam", password: ServiceHarness.password)
            #expect(try await service.app.testing().sendRequest(.GET, "/api/me", headers: basic).status == .ok)
            let page = try await service.app.testing().sendRequest(.GET, "/rotas", headers: basic)
            #expect(page.status == .seeOther || page.status == .unauthorized, "\(page.status)")
        }
    }

    /// Finding 5: writes from another site, or as forms, are refused.
    @Test func crossSiteAndFormWritesAreRefused() async throws {
        try await ServiceHarness.with { service in
            let entry: [String: Any] = ["amhp_id": "A01", "kind": "accrued", "hours": 1, "date": "2026-11-02", "reason": "x", "approved_by": "Sam"]
            let form = try await service.app.testing().sendRequest(
                .POST, "/api/toil/entries",
                headers: ["Authorization": "Bearer \(service.tokens["jo"] ?? "")", "Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "amhp_id=A01&kind=accrued&hours=1&date=2026-11-02&reason=x&approved_by=Sam"))
            #expect(form.status == .unsupportedMediaType)
            for (name, value) in [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site"),
                                  ("Origin", "null")] {
                let response = try await service.send(.POST, "/api/toil/entries", as: "jo", json: entry, headers: [name: value])
                #expect(response.status == .forbidden, "\(name): \(value)")
                #expect((try ServiceHarness.object(response)["problems"] as? [[String: String]])?.first?["field"] == name)
            }
            let own = try await service.send(.POST, "/api/toil/entries", as: "jo", json: entry,
                                             headers: ["Origin": "http://localhost:8080", "Host": "localhost:8080", "Sec-Fetch-Site": "same-origin"])
            #expect(own.status == .created, "the zero case: the service's own pages write: \(own.body.string)")
            let signOut = try await service.send(.POST, "/signout", as: "jo")
            #expect(signOut.status == .forbidden, "a page form without its token")
            let signIn = try await service.app.testing().sendRequest(.POST, "/signin", headers: ["Origin": "https://evil.example",
                                                                                              "Content-Type": "application/x-www-form-urlencoded"],
                                                                     body: ByteBuffer(string: "username=jo&password=x"))
            #expect(signIn.status == .forbidden)
        }
    }

    /// Finding 7: security headers on every response; every refusal names a field.
    @Test func everyResponseHasSecurityHeadersAndEveryRefusalNamesAField() async throws {
        try await ServiceHarness.with { service in
            let responses = [
                try await service.send(.GET, "/api/toil/balances", as: "jo"),
                try await service.send(.GET, "/no/such/page", as: "jo"),
                try await service.send(.GET, "/api/no-such-route", as: "jo"),
                try await service.send(.GET, "/api/rotas", as: nil),
                try await service.send(.GET, "/openapi.json", as: nil),
                try await service.send(.GET, "/" + String(repeating: "a", count: 5_000), as: nil),
                try await service.send(.GET, "/api/" + String(repeating: "a", count: 5_000), as: "jo"),
                try await service.send(.POST, "/api/users", as: "helen", json: [:]),
                try await service.send(.POST, "/api/leave", as: "sam", json: ["amhp_id": 7]),
            ]
            for response in responses {
                #expect(response.status.code < 500, "\(response.status) \(response.body.string.prefix(200))")
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: .cacheControl) == "no-store")
                if response.status.code >= 400, response.headers.contentType == .json {
                    let body = try ServiceHarness.object(response)
                    let problems = try #require(body["problems"] as? [[String: String]])
                    #expect(!problems.isEmpty && problems.allSatisfy { !($0["field"] ?? "").isEmpty && !($0["message"] ?? "").isEmpty })
                    #expect(body["error"] as? String != "Unprocessable Entity" && body["error"] as? String != "Something went wrong")
                }
            }
        }
    }

    /// One AMHP may not flood the hub with requests: the 41st for a month is refused.
    @Test func requestsPerAMHPPerMonthAreCapped() async throws {
        try await ServiceHarness.with { service in
            var statuses: [HTTPResponseStatus] = []
            for index in 0..<(RequestLimit.perAMHPPerMonth + 1) {
                let day = 1 + index % 28
                let response = try await service.send(.POST, "/api/requests", as: "helen", json: [
                    "date": "2027-02-\(day < 10 ? "0" : "")\(day)", "preference": index % 2 == 0 ? "want" : "avoid"])
                statuses.append(response.status)
            }
            let existing = try ServiceHarness.array(try await service.send(.GET, "/api/requests?amhp_id=A01&month=2027-02", as: "helen")).count
            #expect(existing <= RequestLimit.perAMHPPerMonth)
            #expect(statuses.last == .unprocessableEntity)
            #expect(statuses.filter { $0 == .created }.count == RequestLimit.perAMHPPerMonth - (existing - statuses.filter { $0 == .created }.count))
        }
    }

    /// iCalendar text cannot end its line early, whatever a name holds.
    @Test func calendarTextIsEscaped() {
        #expect(ICalendar.escape("Helen\r\nX-Evil: 1") == "Helen\\nX-Evil: 1")
        #expect(ICalendar.escape("a;b,c\\d\ne\u{7}f") == "a\\;b\\,c\\\\d\\nef")
        #expect(ICalendar.escape("Plain") == "Plain")
    }
}
