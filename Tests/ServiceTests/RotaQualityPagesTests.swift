import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The rota page with duty shifts and maxima, its quality section and who sees it, the AMHP's
/// own page with a duty shift, and the hub's settings page.
@Suite struct RotaQualityPagesTests {
    /// December 2026, Tuesday the 1st: five on the day shift (target 4, maximum 5), Helen (A01) on
    /// weekday duty and two on the late; stored, then published when `publish`.
    ///
    /// The hub's minimums are set to 0 and no shift needs a coordinator first, so the rota has no
    /// short shift to explain: the explainer takes half a minute over a month of them in a debug build.
    static func rota(_ service: ServiceHarness, publish: Bool) async throws -> UUID {
        try await HubRepository(database: service.app.db).update(by: "setup", action: "hub.settings", subject: "hub", detail: [:]) { hub in
            let cover = hub.coverRules.map {
                CoverRule(dayType: $0.dayType, shiftCode: $0.shiftCode, minimum: 0, target: $0.target, maximum: $0.maximum,
                          coordinatorRequired: false, secondWorkerAvailable: $0.secondWorkerAvailable)
            }
            return Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: cover, absences: hub.absences, requests: hub.requests,
                       toil: hub.toil, history: hub.history, carryIn: hub.carryIn, rules: hub.rules)
        }
        let month = try #require(Month("2026-12"))
        let first = try #require(LocalDate("2026-12-01"))
        let rows = ["A02", "A03", "A04", "A05", "A06"].map { Assignment(amhpID: $0, date: first, shiftCode: "D", isCoordinator: $0 == "A02") }
            + [Assignment(amhpID: "A01", date: first, shiftCode: "DT")]
            + ["A08", "A11"].map { Assignment(amhpID: $0, date: first, shiftCode: "L", isCoordinator: $0 == "A08") }
        let repository = RotaRepository(database: service.app.db)
        let record = try await repository.saveDraft(Rota(month: month, assignments: rows), createdBy: "sam")
        // Published as it is, short shifts and all: the storage's own publish, past the service's check.
        if publish { try await repository.publish(id: record.id, by: "sam") }
        return record.id
    }

    /// Whether `text` is in `html`, compared byte by byte: Foundation's `contains` takes seconds on a
    /// grid page in a debug build.
    static func has(_ html: String, _ text: String) -> Bool {
        html.utf8.firstRange(of: text.utf8) != nil
    }

    @Test func theGridShowsEachMaximumDutyApartFromCoverTheCostAndTheQualitySection() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: false)
            let page = try await service.send(.GET, "/rotas/\(id)", as: "sam")
            #expect(page.status == .ok)
            let html = page.body.string
            // Minimum · target · maximum per day type, and the duty shift's cap.
            #expect(Self.has(html, "id=\"cover-rules\""))
            #expect(Self.has(html, "<tr data-rule-shift=\"D\"><th scope=\"row\">Day (D)</th><td>0 · 4 · 5</td><td>0 · 3 · 4</td>"))
            #expect(Self.has(html, "<td>up to 15</td><td>no duty</td><td>no duty</td><td>no duty</td>"))
            // Duty has its own row, apart from cover, and its cells are marked.
            #expect(Self.has(html, "data-duty-shift=\"DT\""))
            #expect(html.components(separatedBy: "data-cover-shift=").count == 4, "a coverage row per rota shift")
            #expect(Self.has(html, "id=\"cover-DT-2026-12-01\" class=\"cover duty\" title=\"1 on duty, at most 15; duty is not cover\">1/15<"))
            #expect(Self.has(html, "id=\"cell-A01-2026-12-01\" class=\"cell shift-3 duty\""))
            #expect(Self.has(html, "id=\"cover-D-2026-12-01\" class=\"cover over\" title=\"5 on shift; minimum 0, target 4, maximum 5; 1 above target\""))
            #expect(Self.has(html, "id=\"enhancement-cost\">£"))
            // The quality section, for a manager.
            #expect(Self.has(html, "id=\"quality\""))
            #expect(Self.has(html, "id=\"quality-over-target\">1 shift, 1 AMHP above target in all; most: D Tue 2026-12-01 5 (target 4).<"))
            #expect(Self.has(html, "id=\"quality-busiest\">5 on D Tue 2026-12-01 (target 4).<"))
            #expect(Self.has(html, "id=\"quality-surplus\">") && Self.has(html, "on duty 8 h"))
            #expect(Self.has(html, "id=\"quality-idle\"") && Self.has(html, "given no shift"))

            let detail = try ServiceHarness.object(try await service.send(.GET, "/api/rotas/\(id)", as: "sam"))
            let quality = try #require(detail["quality"] as? [String: Any])
            #expect(quality["people_over_target"] as? Int == 1)
            #expect((quality["surplus"] as? [String: Any])?["on_duty"] as? Double == 8)
            let coverage = try #require(detail["coverage"] as? [[String: Any]])
            #expect(coverage.contains { $0["shift"] as? String == "DT" && $0["duty"] as? Bool == true && $0["maximum"] as? Int == 15 })
            let people = try #require(detail["people"] as? [[String: Any]])
            #expect(people.first { $0["amhp_id"] as? String == "A01" }?["duty_shifts"] as? Int == 1)
        }
    }

    /// Managers and leads see the quality section, whose reasons speak of leave and absence in
    /// general; HR reads the published grid without it; an AMHP sees no grid at all.
    @Test func theQualitySectionIsForManagersAndLeadsOnly() async throws {
        try await ServiceHarness.with { service in
            let id = try await Self.rota(service, publish: true)
            for (user, sees) in [("sam", true), ("lee", true), ("jo", false)] {
                let page = try await service.send(.GET, "/rotas/\(id)", as: user)
                #expect(page.status == .ok, "\(user)")
                #expect(Self.has(page.body.string, "id=\"quality\"") == sees, "\(user)")
                #expect(Self.has(page.body.string, "id=\"cover-rules\""), "\(user)")
                let detail = try ServiceHarness.object(try await service.send(.GET, "/api/rotas/\(id)", as: user))
                #expect((detail["quality"] is [String: Any]) == sees, "\(user)")
                #expect(detail["enhancement_cost"] is Double, "\(user)")
            }
            #expect(try await service.send(.GET, "/rotas/\(id)", as: "helen").status == .forbidden)
            #expect(try await service.send(.GET, "/api/rotas/\(id)", as: "helen").status == .forbidden)
        }
    }

    @Test func anAMHPSeesTheirDutyShiftMarkedAsDuty() async throws {
        try await ServiceHarness.with { service in
            _ = try await Self.rota(service, publish: true)
            let html = try await service.send(.GET, "/my?month=2026-12", as: "helen").body.string
            #expect(Self.has(html, "<tr class=\"duty-row\"><td>Tue 2026-12-01</td><td><span class=\"chip shift-3 duty\">DT</span> Weekday duty</td>"))
            #expect(Self.has(html, "1 shifts (1 on duty), 8 hours."))
            #expect(!Self.has(html, "id=\"quality\""))
            let mine = try ServiceHarness.object(try await service.send(.GET, "/api/my/rota?month=2026-12", as: "helen"))
            #expect((mine["shifts"] as? [[String: Any]])?.first?["kind"] as? String == "duty")
        }
    }

    @Test func theHubSettingsPageIsAFormForAManagerAndReadOnlyForOtherStaff() async throws {
        try await ServiceHarness.with { service in
            let manager = try await service.send(.GET, "/hub", as: "sam")
            #expect(manager.status == .ok)
            let html = manager.body.string
            #expect(Self.has(html, "id=\"save-settings\"") && Self.has(html, "/js/hub-settings.js"))
            #expect(Self.has(html, "<option value=\"duty\" selected>duty</option>"))
            #expect(Self.has(html, "id=\"cover-weekday-D\""))
            #expect(Self.has(html, "class=\"maximum\" min=\"0\" max=\"99\" step=\"1\" value=\"5\" aria-label=\"Weekday D maximum\""))
            #expect(Self.has(html, "id=\"rate-la-hourly_pay\"") && Self.has(html, "value=\"22.87\""))
            #expect(Self.has(html, "id=\"night-start\" value=\"20:00\""))
            for user in ["lee", "jo"] {
                let page = try await service.send(.GET, "/hub", as: user)
                #expect(page.status == .ok, "\(user)")
                #expect(!Self.has(page.body.string, "id=\"save-settings\"") && Self.has(page.body.string, "disabled"), "\(user)")
            }
            #expect(try await service.send(.GET, "/hub", as: "helen").status == .forbidden)
        }
    }
}
