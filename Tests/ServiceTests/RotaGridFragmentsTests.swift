import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The rota page's body rendered once per key (`RotaGridFragments`): the page with a kept body reads as
/// a fresh render for the same viewer, viewers whose bodies differ never share one, a new version or
/// hub gets its own, drafts are never kept, and each page still carries its viewer's own form token.
@Suite struct RotaGridFragmentsTests {
    static func has(_ html: String, _ text: String) -> Bool { RotaQualityPagesTests.has(html, text) }

    static func formToken(_ service: ServiceHarness, _ user: String) throws -> String {
        FormToken.make(forSessionToken: try #require(service.tokens[user]))
    }

    @Test func aKeptGridReadsAsAFreshRenderForTheSameViewerWithTheViewersOwnFormToken() async throws {
        try await ServiceHarness.with { service in
            let id = try await RotaQualityPagesTests.rota(service, publish: true)
            for user in ["sam", "lee", "jo"] {
                // The first request renders the grid (a new rota id: no key can be kept yet); the second reads it kept.
                let fresh = try await service.send(.GET, "/rotas/\(id)", as: user).body.string
                let kept = try await service.send(.GET, "/rotas/\(id)", as: user).body.string
                #expect(fresh == kept, "\(user)")
                #expect(Self.has(kept, "id=\"rota-grid\"") && Self.has(kept, "id=\"cell-A01-2026-12-01\" class=\"cell shift-3 duty\""), "\(user)")
                #expect(Self.has(kept, "data-amhp-id=\"A02\" data-date=\"2026-12-01\" data-shift=\"D\" data-coordinator=\"true\""), "\(user)")
            }
            // Leads and managers see the same grid, each page with its own viewer's form token.
            let lead = try await service.send(.GET, "/rotas/\(id)", as: "lee").body.string
            #expect(Self.has(lead, "value=\"\(try Self.formToken(service, "lee"))\""))
            #expect(!Self.has(lead, "value=\"\(try Self.formToken(service, "sam"))\""))
        }
    }

    @Test func draftsAreNeverKeptAndEveryDraftEditShows() async throws {
        try await ServiceHarness.with { service in
            let id = try await RotaQualityPagesTests.rota(service, publish: false)
            let first = try await service.send(.GET, "/rotas/\(id)", as: "sam").body.string
            #expect(Self.has(first, "class=\"cell-button\""), "a manager's draft is editable")
            let edit = try await service.send(.PUT, "/api/rotas/\(id)/pins", as: "sam", json: ["amhp_id": "A03", "date": "2026-12-01", "shift": "D"])
            #expect(edit.status == .ok)
            let pinned = try await service.send(.GET, "/rotas/\(id)", as: "sam").body.string
            #expect(Self.has(pinned, "pin-mark"), "a draft's grid is rendered afresh, so its new pin shows")
            #expect(!Self.has(first, "pin-mark"))
        }
    }

    @Test func theKeyNamesEverythingTheBodyShowsDifferentlyAndNothingForADraft() throws {
        func key(_ detailKey: String?, editable: Bool = false, coverLinks: Bool = false, pins: [Pin] = []) -> String? {
            RotaGridFragments.key(detailKey: detailKey, editable: editable, coverLinks: coverLinks, pins: pins)
        }
        #expect(key(nil) == nil, "a draft (no detail key) is never kept")
        let plain = try #require(key("rota hub 1"))
        #expect(key("rota hub 2") != plain, "a new hub revision or version")
        #expect(key("rota hub 1", coverLinks: true) != plain, "who may ask who can cover")
        #expect(key("rota hub 1", editable: true) != plain, "an editable grid")
        let pin = Pin(amhpID: "A02", date: try #require(LocalDate("2026-12-01")), shiftCode: "D")
        let other = Pin(amhpID: "A03", date: try #require(LocalDate("2026-12-02")), shiftCode: "N")
        #expect(key("rota hub 1", pins: [pin]) != plain, "a manager's pins")
        #expect(key("rota hub 1", pins: [pin, other]) == key("rota hub 1", pins: [other, pin]), "pins in any order")
    }

    @Test func aNewVersionOrHubChangeShowsOnThePage() async throws {
        try await ServiceHarness.with { service in
            let id = try await RotaQualityPagesTests.rota(service, publish: true)
            let before = try await service.send(.GET, "/rotas/\(id)", as: "lee").body.string
            #expect(Self.has(before, "title=\"5 on shift; minimum 0, target 4, maximum 5; 1 above target\""))
            try await HubRepository(database: service.app.db).update(by: "setup", action: "hub.settings", subject: "hub", detail: [:]) { hub in
                let cover = hub.coverRules.map {
                    CoverRule(dayType: $0.dayType, shiftCode: $0.shiftCode, minimum: $0.minimum, target: $0.shiftCode == "D" ? 3 : $0.target,
                              maximum: $0.maximum, coordinatorRequired: $0.coordinatorRequired, secondWorkerAvailable: $0.secondWorkerAvailable)
                }
                return Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: cover, absences: hub.absences, requests: hub.requests,
                           toil: hub.toil, history: hub.history, carryIn: hub.carryIn, rules: hub.rules)
            }
            let after = try await service.send(.GET, "/rotas/\(id)", as: "lee").body.string
            #expect(Self.has(after, "title=\"5 on shift; minimum 0, target 3, maximum 5; 2 above target\""), "the hub's new revision, a new grid")
        }
    }

    @Test func theCacheKeepsTheMostRecentlyUsedWithinItsCapacity() {
        let fragments = RotaGridFragments.make()
        for index in 0..<RotaGridFragments.capacity { fragments.keep("<table>\(index)</table>", key: "k\(index)") }
        #expect(fragments.value("k0") == "<table>0</table>")
        fragments.keep("<table>new</table>", key: "new")
        #expect(fragments.count == RotaGridFragments.capacity)
        #expect(fragments.value("k0") != nil, "used most recently, so kept")
        #expect(fragments.value("k1") == nil, "the least recently used goes")
        #expect(fragments.value("new") == "<table>new</table>")
        fragments.keep("<table>again</table>", key: "new")
        #expect(fragments.count == RotaGridFragments.capacity && fragments.value("new") == "<table>again</table>", "a key kept again is replaced, not added")
    }

}
