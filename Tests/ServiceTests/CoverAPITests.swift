import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// "Who can cover" and the picker's choices: the API (roles, bad input, unknown rota) and the pages
/// (the grid links each short shift to its page; a manager assigns from a draft's).
@Suite struct CoverAPITests {
    /// December 2026 on the demo hub: two on the late shift (A08, A11) and five on the day shift on
    /// Tuesday the 1st. Every minimum is 0 but the late shift's on bank holidays (2), so the grid has
    /// two short shifts (Christmas Day and the substitute Boxing Day) and stays quick to explain.
    static func rota(_ service: ServiceHarness, publish: Bool) async throws -> UUID {
        try await HubRepository(database: service.app.db).update(by: "setup", action: "hub.settings", subject: "hub", detail: [:]) { hub in
            let cover = hub.coverRules.map {
                CoverRule(dayType: $0.dayType, shiftCode: $0.shiftCode,
                          minimum: $0.shiftCode == "L" && $0.dayType == .bankHoliday ? 2 : 0, target: $0.target,
                          maximum: $0.maximum, coordinatorRequired: false, secondWorkerAvailable: $0.secondWorkerAvailable)
            }
            return Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: cover, absences: hub.absences, requests: hub.requests,
                       toil: hub.toil, history: hub.history, carryIn: hub.carryIn, rules: hub.rules)
        }
        let month = try #require(Month("2026-12"))
        let first = try #require(LocalDate("2026-12-01"))
        let rows = ["A02", "A03", "A04", "A05", "A06"].map { Assignment(amhpID: $0, date: first, shiftCode: "D") }
            + ["A08", "A11"].map { Assignment(amhpID: $0, date: first, shiftCode: "L") }
        let repository = RotaRepository(database: service.app.db)
        let record = try await repository.saveDraft(Rota(month: month, assignments: rows), createdBy: "sam")
        if publish { try await repository.publish(id: record.id, by: "sam") }
        return record.id
    }

    static func fields(_ response: TestingHTTPResponse) throws -> [String] {
        (try ServiceHarness.object(response)["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    static func has(_ html: String, _ text: String) -> Bool { html.utf8.firstRange(of: text.utf8) != nil }

    @Test func aManagerSeesWhoCanCoverRankedAndWhoCannotWithTheReason() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let response = try await service.send(.GET, "/api/rotas/\(id)/cover?date=2026-12-01&shift=L", as: "sam")
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try ServiceHarness.object(response)
            #expect((body["on_shift"] as? [[String: Any]])?.compactMap { $0["amhp_id"] as? String } == ["A08", "A11"])
            let candidates = try #require(body["candidates"] as? [[String: Any]])
            #expect(!candidates.isEmpty)
            let changes = candidates.compactMap { $0["objective_change"] as? Double }
            #expect(changes.count == candidates.count && changes == changes.sorted())
            let cannot = try #require(body["cannot"] as? [[String: Any]])
            #expect(cannot.first { $0["amhp_id"] as? String == "A02" }?["reason"] as? String == "on the day shift")
        }
    }

    @Test func thePickerGivesEveryChoiceWithWhatItBreaksOrCosts() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let response = try await service.send(.GET, "/api/rotas/\(id)/cells/A02/2026-12-01/choices", as: "sam")
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try ServiceHarness.object(response)
            #expect(body["current"] as? String == "D")
            let choices = try #require(body["choices"] as? [[String: Any]])
            let hub = try await HubRepository(database: service.app.db).require()
            #expect(choices.count == hub.shiftTypes.count + 1)
            #expect(choices.last?["shift"] == nil || choices.last?["shift"] is NSNull)
            // Staying on the day shift changes nothing.
            #expect(choices.first { $0["shift"] as? String == "D" }?["objective_change"] as? Double == 0)
        }
    }

    @Test func badInputIsRefusedNamingTheFieldAndAnUnknownRotaIsNotFound() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let badDate = try await service.send(.GET, "/api/rotas/\(id)/cover?date=2026-13-01&shift=L", as: "sam")
            #expect(badDate.status == .unprocessableEntity)
            #expect(try Self.fields(badDate) == ["date"])
            let otherMonth = try await service.send(.GET, "/api/rotas/\(id)/cover?date=2027-01-05&shift=L", as: "sam")
            #expect(try Self.fields(otherMonth) == ["date"])
            let badShift = try await service.send(.GET, "/api/rotas/\(id)/cover?date=2026-12-01&shift=ZZ", as: "sam")
            #expect(badShift.status == .unprocessableEntity)
            #expect(try Self.fields(badShift) == ["shift"])
            let missing = try await service.send(.GET, "/api/rotas/\(id)/cover", as: "sam")
            #expect(Set(try Self.fields(missing)) == ["date", "shift"])
            let badAMHP = try await service.send(.GET, "/api/rotas/\(id)/cells/ZZ9/2026-12-01/choices", as: "sam")
            #expect(badAMHP.status == .unprocessableEntity)
            #expect(try Self.fields(badAMHP) == ["amhpID"])
            let badCellDate = try await service.send(.GET, "/api/rotas/\(id)/cells/A02/2026-12-32/choices", as: "sam")
            #expect(try Self.fields(badCellDate) == ["date"])
            let unknown = try await service.send(.GET, "/api/rotas/\(UUID())/cover?date=2026-12-01&shift=L", as: "sam")
            #expect(unknown.status == .notFound)
        }
    }

    @Test func aLeadSeesAPublishedRotaOnlyAndHRAndAMHPsNeither() async throws {
        try await ServiceHarness.with { service in
            let draft = try await Self.rota(service, publish: false)
            #expect(try await service.send(.GET, "/api/rotas/\(draft)/cover?date=2026-12-01&shift=L", as: "lee").status == .notFound)
            try await RotaRepository(database: service.app.db).publish(id: draft, by: "sam")
            #expect(try await service.send(.GET, "/api/rotas/\(draft)/cover?date=2026-12-01&shift=L", as: "lee").status == .ok)
            #expect(try await service.send(.GET, "/api/rotas/\(draft)/cells/A02/2026-12-01/choices", as: "lee").status == .ok)
            #expect(try await service.send(.GET, "/api/rotas/\(draft)/cover?date=2026-12-01&shift=L", as: "jo").status == .forbidden)
            #expect(try await service.send(.GET, "/api/rotas/\(draft)/cover?date=2026-12-01&shift=L", as: "helen").status == .forbidden)
        }
    }

    @Test func theGridLinksShortShiftsToWhoCanCoverWhoseDraftPageAssigns() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let grid = try await service.send(.GET, "/rotas/\(id)", as: "sam").body.string
            let link = "/rotas/\(id)/cover?date=2026-12-25&amp;shift=L"
            #expect(Self.has(grid, "<a class=\"cover-link\" href=\"\(link)\">Who can cover</a>"), "the short shifts list")
            #expect(Self.has(grid, "id=\"cover-L-2026-12-25\" class=\"cover short\"") && Self.has(grid, "href=\"\(link)\" aria-label=\"Who can cover: Late"))
            #expect(!Self.has(grid, "cover?date=2026-12-01"), "a shift at minimum has no link")
            let page = try await service.send(.GET, "/rotas/\(id)/cover?date=2026-12-25&shift=L", as: "sam")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(Self.has(html, "id=\"cover-candidates\""))
            #expect(Self.has(html, "class=\"assign\""))
            #expect(Self.has(html, "id=\"cover-cannot\""))
            #expect(!Self.has(html, "id=\"published-note\""))
            let bad = try await service.send(.GET, "/rotas/\(id)/cover?date=2026-12-25&shift=ZZ", as: "sam")
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func aPublishedRotaListsCandidatesToALeadWithoutAssigningAndHRSeesNoLinks() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: true)
            let page = try await service.send(.GET, "/rotas/\(id)/cover?date=2026-12-25&shift=L", as: "lee")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(Self.has(html, "id=\"published-note\""))
            #expect(!Self.has(html, "class=\"assign\""), "a lead reads; only a manager assigns")
            let managers = try await service.send(.GET, "/rotas/\(id)/cover?date=2026-12-25&shift=L", as: "sam").body.string
            #expect(Self.has(managers, "class=\"assign\"") && Self.has(managers, "makes its next version"))
            #expect(Self.has(html, "<tr data-amhp-id="))
            let grid = try await service.send(.GET, "/rotas/\(id)", as: "jo").body.string
            #expect(!Self.has(grid, "class=\"cover-link\""))
            #expect(try await service.send(.GET, "/rotas/\(id)/cover?date=2026-12-25&shift=L", as: "jo").status == .forbidden)
        }
    }

    /// The first candidate, and the first AMHP who cannot take the shift, from the API's own answer.
    static func candidateAndRefusal(_ service: ServiceHarness, rota id: UUID, date: String, shift: String) async throws -> (String, String) {
        let body = try ServiceHarness.object(try await service.send(.GET, "/api/rotas/\(id)/cover?date=\(date)&shift=\(shift)", as: "sam"))
        let candidate = try #require((body["candidates"] as? [[String: Any]])?.first?["amhp_id"] as? String)
        let refused = try #require((body["cannot"] as? [[String: Any]])?.first?["amhp_id"] as? String)
        return (candidate, refused)
    }

    @Test func assigningOnThePublishedRotaMakesTheNextVersionWithTheCover() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: true)
            let (candidate, _) = try await Self.candidateAndRefusal(service, rota: id, date: "2026-12-25", shift: "L")
            let response = try await service.send(.POST, "/api/rotas/\(id)/cover", as: "sam",
                                                  json: ["amhp_id": candidate, "date": "2026-12-25", "shift": "L"])
            #expect(response.status == .ok, "\(response.body.string)")
            let newID = try #require(UUID(uuidString: try ServiceHarness.object(response)["id"] as? String ?? ""))
            #expect(newID != id)
            let rotas = RotaRepository(database: service.app.db)
            let version = try #require(try await rotas.rota(id: newID))
            #expect(version.record.status == .published && version.record.version == 2 && version.record.changeKind == .cover)
            #expect(version.record.changeReason?.contains("(\(candidate)) covers") == true)
            let date = try #require(LocalDate("2026-12-25"))
            #expect(version.rota.shift(of: candidate, on: date) == "L")
            let before = try #require(try await rotas.rota(id: id))
            #expect(before.record.status == .superseded)
            #expect(Set(version.rota.assignments).subtracting(before.rota.assignments).count == 1, "only the cover changed")
        }
    }

    @Test func assigningOnADraftEditsTheDraftInPlace() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let (candidate, _) = try await Self.candidateAndRefusal(service, rota: id, date: "2026-12-25", shift: "L")
            let response = try await service.send(.POST, "/api/rotas/\(id)/cover", as: "sam",
                                                  json: ["amhp_id": candidate, "date": "2026-12-25", "shift": "L"])
            #expect(response.status == .ok, "\(response.body.string)")
            #expect(try ServiceHarness.object(response)["id"] as? String == id.uuidString)
            let draft = try #require(try await RotaRepository(database: service.app.db).rota(id: id))
            #expect(draft.rota.shift(of: candidate, on: try #require(LocalDate("2026-12-25"))) == "L")
        }
    }

    @Test func coverIsRefusedForWhoCannotTakeItForWhoIsOnItAndForOtherRoles() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: true)
            let (candidate, refused) = try await Self.candidateAndRefusal(service, rota: id, date: "2026-12-25", shift: "L")
            let cannot = try await service.send(.POST, "/api/rotas/\(id)/cover", as: "sam",
                                                json: ["amhp_id": refused, "date": "2026-12-25", "shift": "L"])
            #expect(cannot.status == .unprocessableEntity)
            #expect(try Self.fields(cannot) == ["amhp_id"])
            let onIt = try await service.send(.POST, "/api/rotas/\(id)/cover", as: "sam",
                                              json: ["amhp_id": "A08", "date": "2026-12-01", "shift": "L"])
            #expect(onIt.status == .conflict)
            let outside = try await service.send(.POST, "/api/rotas/\(id)/cover", as: "sam",
                                                 json: ["amhp_id": candidate, "date": "2027-01-05", "shift": "ZZ"])
            #expect(try Self.fields(outside).sorted() == ["date", "shift"])
            for user in ["lee", "jo", "helen"] {
                let denied = try await service.send(.POST, "/api/rotas/\(id)/cover", as: user,
                                                    json: ["amhp_id": candidate, "date": "2026-12-25", "shift": "L"])
                #expect(denied.status == .forbidden, "\(user)")
            }
            #expect(try await RotaRepository(database: service.app.db).versions(month: try #require(Month("2026-12"))).count == 1,
                    "nothing refused made a version")
        }
    }
}
