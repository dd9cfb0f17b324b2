import Foundation
import NIOCore
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Leave requests end to end through the API and the pages: Helen Whitfield (helen, A01) and
/// Daniel Okafor (ravi, A02) ask; Sam (manager) decides; Lee (lead) and Jo (HR) may not. The
/// month used is the one after next, so it is always still to come.
@Suite struct LeaveRequestAPITests {
    static let month = ServiceClock.thisMonth.next.next

    static func day(_ number: Int) -> String { "\(month.firstDay.adding(days: number - 1))" }

    /// Helen on days 14, 15 and 16 and Daniel on the 14th, published as version 1 of the month.
    @discardableResult
    static func publish(_ service: ServiceHarness) async throws -> RotaRecord {
        let shifts = [("A01", 14), ("A01", 15), ("A01", 16), ("A02", 14)].map { amhpID, number in
            Assignment(amhpID: amhpID, date: month.firstDay.adding(days: number - 1), shiftCode: "D", isCoordinator: false)
        }
        let rotas = RotaRepository(database: service.app.db)
        let draft = try await rotas.saveDraft(Rota(month: month, assignments: shifts), createdBy: "sam")
        return try await rotas.publish(id: draft.id, by: "sam")
    }

    static func ask(_ service: ServiceHarness, as user: String, _ start: String, _ end: String, kind: String = "annual",
                    amhpID: String? = nil) async throws -> TestingHTTPResponse {
        var body: [String: Any] = ["kind": kind, "start": start, "end": end, "note": "Family wedding"]
        if let amhpID { body["amhp_id"] = amhpID }
        return try await service.send(.POST, "/api/leave-requests", as: user, json: body)
    }

    static func fields(_ response: TestingHTTPResponse) throws -> [String] {
        (try ServiceHarness.object(response)["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func approvingOnAPublishedMonthMakesAnAbsenceAndANewVersion(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let first = try await Self.publish(service)
            let asked = try await Self.ask(service, as: "helen", Self.day(14), Self.day(16), amhpID: "A02")
            #expect(asked.status == .created, "\(asked.body.string)")
            let request = try ServiceHarness.object(asked)
            // An AMHP asks for themself, whatever amhp_id says; inside a published month it is a change request.
            #expect(request["amhp_id"] as? String == "A01" && request["status"] as? String == "pending")
            #expect(request["change_request"] as? Bool == true && request["days"] as? Int == 3)
            let id = try #require(request["id"] as? String)

            let impactResponse = try await service.send(.GET, "/api/leave-requests/\(id)/impact", as: "sam")
            let impact = try ServiceHarness.object(impactResponse)
            // What is served matches what /openapi.json says.
            let check = SchemaCheck(document: try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil)))
            #expect(check.problems(request, against: ["$ref": "#/components/schemas/LeaveRequest"]).isEmpty)
            #expect(check.problems(impact, against: ["$ref": "#/components/schemas/CoverImpact"]).isEmpty)
            let months = try #require(impact["months"] as? [[String: Any]])
            #expect(months.count == 1 && months.first?["rota"] as? String == "published" && months.first?["shifts_removed"] as? Int == 3)
            let short = (months.first?["below_minimum"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
            #expect(short == [Self.day(14), Self.day(15), Self.day(16)])
            #expect((months.first?["summary"] as? String)?.hasPrefix("Inside the published rota for \(PageText.monthName(Self.month)); approving it takes them off 3 shifts") == true)

            let approved = try await service.send(.POST, "/api/leave-requests/\(id)/approve", as: "sam", json: ["note": "Enjoy it"])
            #expect(approved.status == .ok, "\(approved.body.string)")
            let decided = try ServiceHarness.object(approved)
            #expect(check.problems(decided, against: ["$ref": "#/components/schemas/LeaveRequest"]).isEmpty)
            #expect(decided["status"] as? String == "approved" && decided["decided_by"] as? String == "sam")
            let absenceID = try #require(decided["absence_id"] as? String)
            let leave = try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A01", as: "sam"))
            #expect(leave.contains { $0["id"] as? String == absenceID && $0["start"] as? String == Self.day(14) && $0["kind"] as? String == "annual" })
            let versions = try await RotaRepository(database: service.app.db).versions(month: Self.month)
            #expect(versions.map(\.version) == [1, 2] && versions.last?.changeKind == .absence && versions.last?.basedOn == first.id)
            let current = try #require(try await RotaRepository(database: service.app.db).published(month: Self.month))
            #expect(current.rota.assignments.map(\.amhpID) == ["A02"])

            // A decided request is not decided again.
            let again = try await service.send(.POST, "/api/leave-requests/\(id)/decline", as: "sam", json: [String: Any]())
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("already approved"))
            #expect(try await service.send(.DELETE, "/api/leave-requests/\(id)", as: "helen").status == .conflict)
            let audit = try await AuditLogRepository(database: service.app.db).events(subject: "leave_request:\(id)")
            #expect(audit.map(\.action) == ["leave_request.approved", "leave_request.create"])
        }
    }

    /// The zero case of impact: a month with no rota yet, and an approval there makes no version.
    @Test func aMonthWithNoRotaIsPlannedAround() async throws {
        try await ServiceHarness.with { service in
            let asked = try ServiceHarness.object(try await Self.ask(service, as: "helen", Self.day(3), Self.day(4)))
            #expect(asked["change_request"] as? Bool == false)
            let id = try #require(asked["id"] as? String)
            let impact = try ServiceHarness.object(try await service.send(.GET, "/api/leave-requests/\(id)/impact", as: "sam"))
            #expect(impact["below_minimum_count"] as? Int == 0)
            #expect(((impact["months"] as? [[String: Any]])?.first?["summary"] as? String)?.hasSuffix("no rota yet: the solver will plan around it.") == true)
            #expect(try await service.send(.POST, "/api/leave-requests/\(id)/approve", as: "sam", json: [String: Any]()).status == .ok)
            #expect(try await RotaRepository(database: service.app.db).versions(month: Self.month).isEmpty)
        }
    }

    @Test func aPastDayIsRefusedAndAShiftRequestInAPublishedMonthToo() async throws {
        try await ServiceHarness.with { service in
            let yesterday = "\(ServiceClock.today.adding(days: -1))"
            let past = try await Self.ask(service, as: "helen", yesterday, Self.day(2))
            #expect(past.status == .unprocessableEntity)
            #expect(try Self.fields(past) == ["start"])
            let pastShift = try await service.send(.POST, "/api/requests", as: "helen", json: ["date": yesterday, "preference": "avoid"])
            #expect(pastShift.status == .unprocessableEntity)
            #expect(try Self.fields(pastShift) == ["date"])
            try await Self.publish(service)
            let published = try await service.send(.POST, "/api/requests", as: "helen", json: ["date": Self.day(20), "preference": "avoid"])
            #expect(published.status == .unprocessableEntity, "\(published.body.string)")
            #expect(published.body.string.contains("inside the published rota"))
            // The zero case: next month, not published, is still planned.
            let next = "\(Self.month.next.firstDay.adding(days: 9))"
            #expect(try await service.send(.POST, "/api/requests", as: "helen", json: ["date": next, "preference": "avoid"]).status == .created)
        }
    }

    @Test func anAMHPMayHaveTenRequestsWaiting() async throws {
        try await ServiceHarness.with { service in
            var ids: [String] = []
            for number in 1...LeaveRequestLimits.openPerAMHP {
                let asked = try await Self.ask(service, as: "helen", Self.day(number), Self.day(number))
                #expect(asked.status == .created)
                ids.append(try ServiceHarness.object(asked)["id"] as? String ?? "")
            }
            let eleventh = try await Self.ask(service, as: "helen", Self.day(20), Self.day(20))
            #expect(eleventh.status == .unprocessableEntity)
            #expect(eleventh.body.string.contains("already has 10 leave requests waiting"))
            // Another AMHP is not held to Helen's count, and withdrawing one makes room.
            #expect(try await Self.ask(service, as: "ravi", Self.day(20), Self.day(20)).status == .created)
            #expect(try await service.send(.DELETE, "/api/leave-requests/\(ids[0])", as: "helen").status == .noContent)
            #expect(try await Self.ask(service, as: "helen", Self.day(20), Self.day(20)).status == .created)
        }
    }

    @Test func anAMHPSeesAndWithdrawsOnlyTheirOwnAndOtherRolesNone() async throws {
        try await ServiceHarness.with { service in
            let ravis = try ServiceHarness.object(try await Self.ask(service, as: "ravi", Self.day(5), Self.day(6)))
            let id = try #require(ravis["id"] as? String)
            _ = try await Self.ask(service, as: "helen", Self.day(7), Self.day(8))
            let helens = try ServiceHarness.array(try await service.send(.GET, "/api/leave-requests?amhp_id=A02", as: "helen"))
            #expect(helens.map { $0["amhp_id"] as? String } == ["A01"])
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/leave-requests", as: "sam")).count == 2)
            #expect(try await service.send(.DELETE, "/api/leave-requests/\(id)", as: "helen").status == .forbidden)
            #expect(try await service.send(.DELETE, "/api/leave-requests/\(id)", as: "sam").status == .forbidden)
            for user in ["lee", "jo"] {
                #expect(try await service.send(.GET, "/api/leave-requests", as: user).status == .forbidden)
                #expect(try await Self.ask(service, as: user, Self.day(9), Self.day(9), amhpID: "A01").status == .forbidden)
                #expect(try await service.send(.POST, "/api/leave-requests/\(id)/approve", as: user).status == .forbidden)
                #expect(try await service.send(.GET, "/api/leave-requests/\(id)/impact", as: user).status == .forbidden)
            }
            #expect(try await service.send(.POST, "/api/leave-requests/\(id)/approve", as: "helen").status == .forbidden)
            #expect(try await service.send(.GET, "/api/leave-requests/\(id)/impact", as: "helen").status == .forbidden)
            // A manager files for an AMHP, and declines with a note the AMHP then sees.
            let filed = try await Self.ask(service, as: "sam", Self.day(10), Self.day(10), kind: "training", amhpID: "A02")
            #expect(filed.status == .created)
            #expect(try await service.send(.POST, "/api/leave-requests/\(id)/decline", as: "sam", json: ["note": "Too many off that week"]).status == .ok)
            let daniel = try ServiceHarness.array(try await service.send(.GET, "/api/leave-requests?status=declined", as: "ravi"))
            #expect(daniel.map { $0["decision_note"] as? String } == ["Too many off that week"])
            #expect(try await service.send(.GET, "/api/leave-requests?status=maybe", as: "sam").status == .unprocessableEntity)
        }
    }

    static func form(_ service: ServiceHarness, as user: String, _ path: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        let token = try #require(service.tokens[user].map(FormToken.make(forSessionToken:)))
        var all = fields
        all["csrf_token"] = token
        let body = all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        return try await service.app.testing().sendRequest(.POST, path, headers: [
            "Authorization": "Bearer \(service.tokens[user] ?? "")", "Content-Type": "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
    }

    @Test func thePagesAskDecideAndShowRefusalsBesideTheFields() async throws {
        try await ServiceHarness.with { service in
            try await Self.publish(service)
            let my = try await service.send(.GET, "/my", as: "helen")
            #expect(my.status == .ok && my.body.string.contains("Ask for leave") && my.body.string.contains("no-leave-requests"))
            let yesterday = "\(ServiceClock.today.adding(days: -1))"
            let refused = try await Self.form(service, as: "helen", "/my/leave-requests",
                                              ["kind": "annual", "start": yesterday, "end": Self.day(3), "note": "Half term"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"leave-request-start-problem\">\(yesterday) is in the past"))
            #expect(refused.body.string.contains("value=\"Half term\""))
            let shiftRefused = try await Self.form(service, as: "helen", "/my/requests", ["date": Self.day(20), "shift": "N", "preference": "want", "weight": "4"])
            #expect(shiftRefused.status == .unprocessableEntity)
            #expect(shiftRefused.body.string.contains("id=\"request-date-problem\""))
            #expect(shiftRefused.body.string.contains("<option value=\"want\" selected>"))

            let asked = try await Self.form(service, as: "helen", "/my/leave-requests", ["kind": "annual", "start": Self.day(15), "end": Self.day(15)])
            #expect(asked.status == .seeOther, "\(asked.body.string)")
            let listed = try await service.send(.GET, "/my", as: "helen")
            #expect(listed.body.string.contains("change request") && listed.body.string.contains("withdraw-leave"))

            let page = try await service.send(.GET, "/requests", as: "sam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Inside the published rota for \(PageText.monthName(Self.month)); approving it takes them off 1 shift"))
            #expect(try await service.send(.GET, "/requests", as: "helen").status == .forbidden)
            #expect(try await service.send(.GET, "/requests", as: "jo").status == .forbidden)
            let id = try #require(try await LeaveRequestRepository(database: service.app.db).requests(status: .pending).first?.id)
            let approved = try await Self.form(service, as: "sam", "/requests/\(id)/approve", ["note": "Fine"])
            #expect(approved.status == .ok && approved.body.string.contains("recorded as an absence"))
            #expect(try await Self.form(service, as: "sam", "/requests/\(UUID())/approve", ["note": "x"]).status == .notFound)
            let impossible = try await Self.form(service, as: "helen", "/my/leave-requests", ["kind": "annual", "start": "0000-01-01", "end": Self.day(2)])
            #expect(impossible.status == .unprocessableEntity)
            let twice = try await Self.form(service, as: "sam", "/requests/\(id)/decline", ["note": ""])
            #expect(twice.status == .conflict && twice.body.string.contains("already approved"))
            let after = try await service.send(.GET, "/my", as: "helen")
            #expect(after.body.string.contains("leave-status-approved") && after.body.string.contains(">Fine<"))

            // Withdrawing on the page: one's own while pending; another AMHP's is refused.
            let mine = try ServiceHarness.object(try await Self.ask(service, as: "helen", Self.day(25), Self.day(25)))
            let ravis = try ServiceHarness.object(try await Self.ask(service, as: "ravi", Self.day(26), Self.day(26)))
            let refusedWithdrawal = try await Self.form(service, as: "helen", "/my/leave-requests/\(ravis["id"] as? String ?? "")/withdraw", [:])
            #expect(refusedWithdrawal.status == .forbidden)
            let withdrawn = try await Self.form(service, as: "helen", "/my/leave-requests/\(mine["id"] as? String ?? "")/withdraw", [:])
            #expect(withdrawn.status == .seeOther)
            let statuses = try ServiceHarness.array(try await service.send(.GET, "/api/leave-requests", as: "helen")).compactMap { $0["status"] as? String }
            #expect(statuses.sorted() == ["approved", "withdrawn"])
            #expect(try await Self.form(service, as: "helen", "/my/leave-requests/\(mine["id"] as? String ?? "")/withdraw", [:]).status == .conflict)
        }
    }
}
