import Foundation
import NIOCore
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Issue 16's users page and API, the team rota, who is on now, and the bank-holiday league,
/// end to end through the service (demo hub; sam manager, lee lead, jo HR, helen and ravi AMHPs).
@Suite struct TeamAndUsersTests {
    /// Words that would give away why someone is off; none may appear in the team view.
    static let absenceWords = ["sick", "annual", "leave", "training", "toil", "absent", "absence", "educator forum", ">SK<", ">AL<", ">TR<", ">TL<", ">AB<"]

    /// Posts a page form as `user`, with their session's form token.
    static func postForm(_ service: ServiceHarness, _ path: String, as user: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        let token = service.tokens[user] ?? ""
        var all = fields
        all["csrf_token"] = FormToken.make(forSessionToken: token)
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = all.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await service.app.testing().sendRequest(.POST, path, headers: [
            "Authorization": "Bearer \(token)", "Content-Type": "application/x-www-form-urlencoded",
        ], body: ByteBuffer(string: body))
    }

    /// December 2026 published: Helen (A01) coordinates a day on the 1st; A01 is on training on the
    /// 3rd and annual leave from the 29th, A02 on leave from the 21st (demo hub's leave.csv).
    static func publishDecember(_ service: ServiceHarness) async throws {
        let month = try #require(Month("2026-12"))
        let rows = [Assignment(amhpID: "A01", date: try #require(LocalDate("2026-12-01")), shiftCode: "D", isCoordinator: true),
                    Assignment(amhpID: "A02", date: try #require(LocalDate("2026-12-01")), shiftCode: "N"),
                    Assignment(amhpID: "A04", date: try #require(LocalDate("2026-12-25")), shiftCode: "D")]
        let repository = RotaRepository(database: service.app.db)
        let record = try await repository.saveDraft(Rota(month: month, assignments: rows), createdBy: "sam")
        try await repository.publish(id: record.id, by: "sam")
    }

    /// The page's body, without the navigation (whose links name pages such as "Sickness and leave").
    static func main(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    // MARK: Users

    @Test func aManagerDisablesAUserWhoseSignInThenFailsAndWhoseSessionEnds() async throws {
        try await ServiceHarness.with { service in
            #expect(try await service.send(.GET, "/api/me", as: "ravi").status == .ok)
            let disabled = try await service.send(.PUT, "/api/users/ravi/enabled", as: "sam", json: ["enabled": false])
            #expect(disabled.status == .ok)
            #expect(try ServiceHarness.object(disabled)["enabled"] as? Bool == false)
            #expect(try await service.send(.GET, "/api/me", as: "ravi").status == .unauthorized, "the session ended at once")
            let signIn = try await service.send(.POST, "/api/session", as: nil, json: ["username": "ravi", "password": ServiceHarness.password])
            #expect(signIn.status == .unauthorized)
            let enabled = try await service.send(.PUT, "/api/users/ravi/enabled", as: "sam", json: ["enabled": true])
            #expect(try ServiceHarness.object(enabled)["enabled"] as? Bool == true)
            let again = try await service.send(.POST, "/api/session", as: nil, json: ["username": "ravi", "password": ServiceHarness.password])
            #expect(again.status == .created, "the zero case: enabled again, ravi signs in")
            let audit = try await AuditLogRepository(database: service.app.db).events(subject: "user:ravi")
            #expect(audit.contains { $0.action == "user.disable" && $0.actor == "sam" })
            #expect(audit.contains { $0.action == "user.enable" && $0.actor == "sam" })
        }
    }

    @Test func selfDisableAndTheLastManagerAreRefusedWithTheirRule() async throws {
        try await ServiceHarness.with { service in
            let selfDisable = try await service.send(.PUT, "/api/users/sam/enabled", as: "sam", json: ["enabled": false])
            #expect(selfDisable.status == .conflict)
            #expect(selfDisable.body.string.contains("cannot disable their own account"))
            let demote = try await service.send(.PUT, "/api/users/sam/role", as: "sam", json: ["role": "lead"])
            #expect(demote.status == .conflict)
            let problems = try ServiceHarness.object(demote)["problems"] as? [[String: String]] ?? []
            #expect(problems.contains { $0["field"] == "role" && ($0["message"] ?? "").contains("only enabled manager") })
            #expect(try await service.send(.GET, "/api/me", as: "sam").status == .ok, "sam is still a signed-in manager")
        }
    }

    @Test func aResetPasswordEndsTheUsersSessionsAndTheNewOneWorks() async throws {
        try await ServiceHarness.with { service in
            let weak = try await service.send(.PUT, "/api/users/helen/password", as: "sam", json: ["password": "short"])
            #expect(weak.status == .unprocessableEntity)
            #expect(try await service.send(.GET, "/api/me", as: "helen").status == .ok, "a refused reset ends nothing")
            let reset = try await service.send(.PUT, "/api/users/helen/password", as: "sam", json: ["password": "Temporary-Pass-42"])
            #expect(reset.status == .ok)
            #expect(try await service.send(.GET, "/api/me", as: "helen").status == .unauthorized)
            let signIn = try await service.send(.POST, "/api/session", as: nil, json: ["username": "helen", "password": "Temporary-Pass-42"])
            #expect(signIn.status == .created)
        }
    }

    @Test func aRoleChangeNeedsAnAMHPIdForRoleAMHPOnly() async throws {
        try await ServiceHarness.with { service in
            let missing = try await service.send(.PUT, "/api/users/jo/role", as: "sam", json: ["role": "amhp"])
            #expect(missing.status == .unprocessableEntity)
            let unknown = try await service.send(.PUT, "/api/users/jo/role", as: "sam", json: ["role": "amhp", "amhp_id": "Z99"])
            #expect(unknown.status == .unprocessableEntity)
            let changed = try await service.send(.PUT, "/api/users/jo/role", as: "sam", json: ["role": "amhp", "amhp_id": "A03"])
            #expect(changed.status == .ok)
            #expect(try ServiceHarness.object(changed)["amhp_id"] as? String == "A03")
            let lead = try await service.send(.PUT, "/api/users/helen/role", as: "sam", json: ["role": "lead", "amhp_id": "A01"])
            #expect(try ServiceHarness.object(lead)["amhp_id"] == nil, "a lead has no AMHP id")
            #expect(try await service.send(.PUT, "/api/users/nobody/role", as: "sam", json: ["role": "hr"]).status == .notFound)
        }
    }

    @Test func theUsersPageAddsAUserAndShowsARefusedFormAgainAsTyped() async throws {
        try await ServiceHarness.with { service in
            let page = try await service.send(.GET, "/users", as: "sam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"user-ravi\""))
            #expect(try await service.send(.GET, "/users", as: "jo").status == .forbidden)
            #expect(try await service.send(.GET, "/users", as: "helen").status == .forbidden)
            let refused = try await Self.postForm(service, "/users", as: "sam", ["username": "asha", "display_name": "Asha Begum",
                                                                                   "role": "hr", "amhp_id": "", "password": "short"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"add-user-error\""))
            #expect(refused.body.string.contains("value=\"Asha Begum\""))
            #expect(!refused.body.string.contains("value=\"short\""), "a password is never shown again")
            let added = try await Self.postForm(service, "/users", as: "sam", ["username": "asha", "display_name": "Asha Begum",
                                                                                 "role": "hr", "amhp_id": "", "password": "Temporary-Pass-42"])
            #expect(added.status == .ok)
            #expect(added.body.string.contains("id=\"user-asha\""))
            let selfDisable = try await Self.postForm(service, "/users/sam/enabled", as: "sam", ["enabled": "no"])
            #expect(selfDisable.status == .conflict)
            #expect(selfDisable.body.string.contains("id=\"user-error-sam\""))
            let disabled = try await Self.postForm(service, "/users/asha/enabled", as: "sam", ["enabled": "no"])
            #expect(disabled.status == .ok)
            #expect(disabled.body.string.contains("id=\"enable-asha\""))
            let forged = try await service.app.testing().sendRequest(.POST, "/users/ravi/enabled", headers: [
                "Authorization": "Bearer \(service.tokens["sam"] ?? "")", "Content-Type": "application/x-www-form-urlencoded",
            ], body: ByteBuffer(string: "enabled=no"))
            #expect(forged.status == .forbidden, "a form without the session's token is refused")
            #expect(try await service.send(.GET, "/api/me", as: "ravi").status == .ok, "and ravi is still signed in")
            let email = try await Self.postForm(service, "/users/ravi/email", as: "sam", ["email": "not an address"])
            #expect(email.status == .unprocessableEntity)
            #expect(email.body.string.contains("value=\"not an address\""))
        }
    }

    // MARK: Team rota

    @Test func theTeamViewShowsOffAndNeverWhyForEveryRole() async throws {
        try await ServiceHarness.with { service in
            try await Self.publishDecember(service)
            for user in ["sam", "lee", "jo", "helen"] {
                let json = try await service.send(.GET, "/api/team?month=2026-12", as: user)
                #expect(json.status == .ok, "\(user)")
                let text = json.body.string.lowercased()
                for word in Self.absenceWords where !word.hasPrefix(">") {
                    #expect(!text.contains(word), "\(user): /api/team says \(word)")
                }
                let object = try ServiceHarness.object(json)
                let people = try #require(object["people"] as? [[String: Any]])
                let helen = try #require(people.first { $0["amhp_id"] as? String == "A01" })
                let cells = try #require(helen["cells"] as? [[String: Any]])
                #expect(cells.first?["shift"] as? String == "D" && cells.first?["coordinator"] as? Bool == true)
                #expect(cells[2]["shift"] as? String == "off", "training on the 3rd is just off")
                #expect(cells[28]["shift"] as? String == "off", "annual leave on the 29th is just off")
                #expect(cells[1]["shift"] == nil, "not on the rota and not absent")

                let page = try await service.send(.GET, "/team?month=2026-12", as: user)
                #expect(page.status == .ok)
                let html = Self.main(page.body.string)
                for word in Self.absenceWords {
                    #expect(!html.lowercased().contains(word.lowercased()), "\(user): /team says \(word)")
                }
                #expect(html.contains("Helen Whitfield") && html.contains(">D*<") && html.contains(">off<"))
                #expect(page.body.string.contains("href=\"/team\""), "\(user) has the nav link")
            }
        }
    }

    @Test func aMonthWithoutAPublishedRotaSaysSo() async throws {
        try await ServiceHarness.with { service in
            let page = try await service.send(.GET, "/team?month=2027-03", as: "jo")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("No rota has been published for March 2027"))
            let json = try ServiceHarness.object(try await service.send(.GET, "/api/team?month=2027-03", as: "jo"))
            #expect(json["published"] as? Bool == false && (json["people"] as? [Any])?.isEmpty == true)
            #expect(try await service.send(.GET, "/api/team?month=2027-13", as: "jo").status == .unprocessableEntity)
            for path in ["/team?month=9999-12", "/team?month=0001-01", "/league?years=0", "/league?years=many"] {
                let status = try await service.send(.GET, path, as: "helen").status.code
                #expect((400..<500).contains(status), "\(path) gave \(status)")
            }
            let now = try await service.send(.GET, "/api/team/now", as: "helen")
            #expect(now.status == .ok)
            #expect(try ServiceHarness.object(now)["tonight"] is [Any])
        }
    }

    // MARK: League

    @Test func theLeagueCountsChristmasDayFromThePublishedRotaAndTheHistory() async throws {
        try await ServiceHarness.with { service in
            try await Self.publishDecember(service)
            let league = try ServiceHarness.object(try await service.send(.GET, "/api/league", as: "helen"))
            #expect(league["years"] as? [Int] == [2026])
            let rows = try #require(league["rows"] as? [[String: Any]])
            let a04 = try #require(rows.first { $0["amhp_id"] as? String == "A04" })
            let years = try #require(a04["years"] as? [[String: Any]])
            #expect(years.first?["christmas_day"] as? Bool == true)
            let opening = try #require(a04["before_planner"] as? [String: Any])
            // history.csv: A04 worked 2 bank holidays in 11 months and the last festive season.
            #expect(opening["bank_holiday_shifts"] as? Int == 2 && opening["worked_last_festive"] as? Bool == true)
            #expect(a04["festive_days"] as? Int == 2 && a04["bank_holidays"] as? Int == 3)
            let perFTE = rows.compactMap { $0["festive_days_per_fte"] as? Double }
            #expect(perFTE == perFTE.sorted(), "least loaded first")
            let page = try await service.send(.GET, "/league", as: "jo")
            #expect(page.status == .ok && page.body.string.contains("id=\"league-table\""))
            #expect(try await service.send(.GET, "/api/league?years=0", as: "jo").status == .unprocessableEntity)
        }
    }
}
