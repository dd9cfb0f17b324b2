import Foundation
import RotaCheck
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Versions of a published rota: sickness recorded after publication takes the AMHP off those
/// shifts at once as a new version, the TOIL it plans back is corrected per version, versions are
/// compared cell by cell, and the pages show it. Helen Whitfield is A01, Daniel Okafor A02.
@Suite struct RotaVersionTests {
    static let december = Month("2026-12")!

    static func shift(_ amhpID: String, _ date: String, _ code: String, coordinator: Bool = false) -> Assignment {
        Assignment(amhpID: amhpID, date: LocalDate(date)!, shiftCode: code, isCoordinator: coordinator)
    }

    /// Helen on days 14, 15, 16 and 20 December, Daniel on the 14th: version 1 of December.
    static let published = [shift("A01", "2026-12-14", "D", coordinator: true), shift("A01", "2026-12-15", "D"),
                            shift("A01", "2026-12-16", "D"), shift("A01", "2026-12-20", "D"), shift("A02", "2026-12-14", "D")]

    @discardableResult
    static func publishVersionOne(_ service: ServiceHarness) async throws -> RotaRecord {
        let rotas = RotaRepository(database: service.app.db)
        let draft = try await rotas.saveDraft(Rota(month: december, assignments: published), createdBy: "sam")
        return try await rotas.publish(id: draft.id, by: "sam")
    }

    static func leave(_ service: ServiceHarness, _ amhpID: String, _ kind: String, _ start: String, _ end: String) async throws {
        let response = try await service.send(.POST, "/api/leave", as: "sam",
                                              json: ["amhp_id": amhpID, "kind": kind, "start": start, "end": end])
        #expect(response.status == .created, "\(response.body.string)")
    }

    /// How far short of its minimum the rota's coverage (the checker's, as the grid shows it) says the shift is.
    static func shortBy(_ service: ServiceHarness, rota id: UUID, on date: String, shift: String) async throws -> Int? {
        let saved = try #require(try await RotaRepository(database: service.app.db).rota(id: id))
        let hub = try await HubRepository(database: service.app.db).require()
        let coverage = RotaChecker(hub: hub, month: saved.record.month).check(saved.rota).coverage
        return coverage.first { "\($0.date)" == date && $0.shiftCode == shift }?.shortfall
    }

    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func sicknessAfterPublicationMakesAVersionWithoutExactlyThoseShifts(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let first = try await Self.publishVersionOne(service)
            try await Self.leave(service, "A01", "sickness", "2026-12-14", "2026-12-18")

            let rotas = RotaRepository(database: service.app.db)
            let versions = try await rotas.versions(month: Self.december)
            #expect(versions.map(\.version) == [1, 2])
            let second = try #require(versions.last)
            #expect(second.changeKind == .absence && second.basedOn == first.id && second.publishedBy == "sam")
            #expect(second.changeReason == "Helen Whitfield (A01): sickness 2026-12-14 to 2026-12-18")
            let current = try #require(try await rotas.published(month: Self.december))
            #expect(current.record.id == second.id)
            #expect(Set(current.rota.assignments) == [Self.shift("A01", "2026-12-20", "D"), Self.shift("A02", "2026-12-14", "D")])
            #expect(try await rotas.rota(id: first.id)?.record.status == .superseded)
            // Helen's own rota no longer lists her sick days.
            let mine = try ServiceHarness.object(try await service.send(.GET, "/api/my/rota?month=2026-12", as: "helen"))
            #expect((mine["shifts"] as? [[String: Any]])?.compactMap { $0["date"] as? String } == ["2026-12-20"])
        }
    }

    /// The zero case: an absence on days no published rota has the AMHP working makes no version.
    @Test func anAbsenceWithNoPublishedShiftMakesNoVersion() async throws {
        try await ServiceHarness.with { service in
            try await Self.leave(service, "A02", "sickness", "2027-03-01", "2027-03-05")
            try await Self.publishVersionOne(service)
            try await Self.leave(service, "A02", "annual", "2026-12-15", "2026-12-16")
            #expect(try await RotaRepository(database: service.app.db).versions(month: Self.december).map(\.version) == [1])
        }
    }

    /// Each version cancels the TOIL the one before planned back and plans its own: Helen's 7.4 h
    /// (toil.csv) is planned once, by the current version. Next month's rota, so that its plans
    /// fall on days still to come, as the ledger requires.
    @Test func toilPlannedBackIsCorrectedPerVersion() async throws {
        try await ServiceHarness.with { service in
            let accrued = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A01", "kind": "accrued", "hours": 22, "date": "\(ServiceClock.today)", "reason": "Warrant overran",
                "approved_by": "Sam"])
            #expect(accrued.status == .created, "\(accrued.body.string)")
            let month = ServiceClock.thisMonth.next
            let day = { (number: Int) in month.firstDay.adding(days: number - 1) }
            let rotas = RotaRepository(database: service.app.db)
            let draft = try await rotas.saveDraft(Rota(month: month, assignments: (14...16).map {
                Assignment(amhpID: "A01", date: day($0), shiftCode: "D", isCoordinator: false)
            }), createdBy: "sam")
            try await rotas.publish(id: draft.id, by: "sam")
            try await Self.leave(service, "A01", "sickness", "\(day(14))", "\(day(15))")
            try await Self.leave(service, "A01", "sickness", "\(day(16))", "\(day(16))")
            let versions = try await rotas.versions(month: month)
            try #require(versions.map(\.version) == [1, 2, 3])
            let ledger = try await TOILLedgerRepository(database: service.app.db).ledger(hubAMHPIDs: nil)
            let planned = ledger.entries(of: "A01").filter { $0.kind == .planned }
            let counting = planned.filter { ledger.counts($0) }
            #expect(planned.count == 2)
            #expect(counting.count == 1 && counting.first?.reason.hasSuffix(versions[2].id.uuidString) == true)
            #expect(counting.first?.hours == TOILHours(exactly: 7.4))
            // Version 2's plan is cancelled by a correction naming version 3.
            let corrections = ledger.entries(of: "A01").filter { entry in
                if case .correction(let corrected) = entry.kind { return planned.first?.id == corrected }
                return false
            }
            #expect(corrections.map(\.reason) == ["Superseded by rota \(versions[2].id.uuidString)"])
        }
    }

    @Test func twoVersionsCompareCellByCellForThoseWhoMaySee() async throws {
        try await ServiceHarness.with { service in
            let first = try await Self.publishVersionOne(service)
            try await Self.leave(service, "A01", "sickness", "2026-12-14", "2026-12-15")
            let second = try #require(try await RotaRepository(database: service.app.db).published(month: Self.december)).record
            let path = "/api/rotas/\(first.id)/compare/\(second.id)"
            let compared = try await service.send(.GET, path, as: "lee")
            #expect(compared.status == .ok, "\(compared.body.string)")
            let body = try ServiceHarness.object(compared)
            let changes = try #require(body["changes"] as? [[String: Any]])
            let cells = changes.map { change in
                ["date", "amhp_id", "before", "after"].map { change[$0] as? String ?? "none" }.joined(separator: " ")
            }
            #expect(cells == ["2026-12-14 A01 D* none", "2026-12-15 A01 D none"])
            #expect((body["amhps"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Helen Whitfield"])
            #expect((body["to"] as? [String: Any])?["change_kind"] as? String == "absence")
            let document = try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil))
            #expect(SchemaCheck(document: document).problems(body, against: ["$ref": "#/components/schemas/RotaComparison"]).isEmpty)

            let same = try ServiceHarness.object(try await service.send(.GET, "/api/rotas/\(second.id)/compare/\(second.id)", as: "jo"))
            #expect((same["changes"] as? [Any])?.isEmpty == true)
            #expect(try await service.send(.GET, path, as: "helen").status == .forbidden)

            let january = try await RotaRepository(database: service.app.db).saveDraft(Rota(month: Month("2027-01")!, assignments: []),
                                                                                       createdBy: "sam")
            let across = try await service.send(.GET, "/api/rotas/\(first.id)/compare/\(january.id)", as: "sam")
            #expect(across.status == .unprocessableEntity)
            #expect(across.body.string.contains("otherRotaID") && across.body.string.contains("2027-01"))
        }
    }

    /// The manager records Helen's sickness on the page; the grid shows the shift short, the home
    /// page lists it, and the versions page shows what changed.
    @Test func sicknessRecordedOnThePageShowsShortOnTheGridAndTheHomePage() async throws {
        try await ServiceHarness.with { service in
            let first = try await Self.publishVersionOne(service)
            let shortBefore = try await Self.shortBy(service, rota: first.id, on: "2026-12-14", shift: "D")

            let page = try await service.send(.GET, "/leave", as: "sam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("does not put the shifts"))
            #expect(try await service.send(.GET, "/leave", as: "lee").status == .forbidden)
            let token = try #require(service.tokens["sam"].map(FormToken.make(forSessionToken:)))
            let form = "csrf_token=\(token)&amhp_id=A01&kind=sickness&start=2026-12-14&end=2026-12-18&note=Flu"
            let recorded = try await service.app.testing().sendRequest(.POST, "/leave", headers: [
                "Authorization": "Bearer \(service.tokens["sam"] ?? "")", "Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: form))
            #expect(recorded.status == .ok, "\(recorded.body.string)")
            #expect(recorded.body.string.contains("taken off their shifts in December 2026 version 2"))

            // Daniel alone on the 14th's day shift (minimum 3): one more short than before.
            let current = try #require(try await RotaRepository(database: service.app.db).published(month: Self.december))
            let shortAfter = try await Self.shortBy(service, rota: current.record.id, on: "2026-12-14", shift: "D")
            #expect(shortBefore == 1 && shortAfter == 2)

            let after = try await service.send(.GET, "/rotas", as: "sam")
            #expect(after.body.string.contains("Shifts needing cover"))
            #expect(after.body.string.contains("<tr><td>2026-12-14</td><td>D</td><td class=\"number\">2</td><td><a href=\"/rotas/\(current.record.id.uuidString)\">"))
            #expect(after.body.string.contains("Helen Whitfield (A01): sickness 2026-12-14 to 2026-12-18"))

            let versions = try await service.send(.GET, "/rotas/compare?month=2026-12", as: "sam")
            #expect(versions.status == .ok, "\(versions.body.string)")
            #expect(versions.body.string.contains("AMHPs whose shifts changed: Helen Whitfield (3)"))
            let bad = try await service.send(.GET, "/rotas/compare?month=2026-12&from=nonsense", as: "sam")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("The comparison has problems"))
        }
    }
}
