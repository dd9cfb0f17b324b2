import Foundation
import Testing
import Workforce
@testable import Planning

/// Duty is time off the rota: sufficiency, succession targets and scenarios leave it out of cover,
/// and scenario edits keep every maximum at least its target.
@Suite struct DutyShiftPlanningTests {
    let month = Month(containing: PlanningFixture.date("2027-01-01"))
    static let duty = ShiftType(code: "DT", name: "Weekday duty", start: ClockTime(wrappingMinutes: 9 * 60),
                                end: ClockTime(wrappingMinutes: 17 * 60), isNight: false, kind: .duty)

    /// Six LA AMHPs and one NHS AMHP; `withDuty` adds weekday duty for up to four.
    static func hub(withDuty: Bool, cover: [CoverRule] = PlanningFixture.cover()) -> Hub {
        let amhps = (1...6).map { PlanningFixture.amhp("A0\($0)") }
            + [PlanningFixture.amhp("N01", employment: .nhs(trust: "North Trust", shiftsPerMonth: 4))]
        let dutyRow = CoverRule(dayType: .weekday, shiftCode: "DT", minimum: 0, target: 0, maximum: 4, coordinatorRequired: false)
        return Hub(amhps: amhps, shiftTypes: PlanningFixture.shifts + (withDuty ? [duty] : []),
                   coverRules: cover + (withDuty ? [dutyRow] : []))
    }

    @Test func sufficiencyIsTheSameWithOrWithoutDuty() throws {
        let referrals = PlanningFixture.referrals(annual: 900)
        let without = try SufficiencyAnalysis(data: PlanningFixture.data(Self.hub(withDuty: false), referrals: referrals), month: month)
        let with = try SufficiencyAnalysis(data: PlanningFixture.data(Self.hub(withDuty: true), referrals: referrals), month: month)
        #expect(with.cover.cover(.weekday, "DT") == nil, "duty takes no teams")
        #expect(with.cover.shifts.map(\.amhps) == without.cover.shifts.map(\.amhps))
        #expect(with.cover.teamsOnDuty == without.cover.teamsOnDuty)
        #expect(with.neededHours == without.neededHours)
        #expect(with.minimumCoverHours == without.minimumCoverHours && with.targetCoverHours == without.targetCoverHours)
        #expect(with.basis.meanShiftHours == 28.0 / 3, "an NHS shift is costed at the rota's mean, 8, 8 and 12")
        #expect(with.availableFTE == without.availableFTE)
        let hourly = SufficiencyTables.byHour(with, hub: Self.hub(withDuty: true))
        #expect(hourly == SufficiencyTables.byHour(without, hub: Self.hub(withDuty: false)))
    }

    @Test func aSuccessionTargetFromCoverLeavesDutyOut() throws {
        var settings = PlanningSettings()
        settings.succession.target = .targetCover
        let asOf = PlanningFixture.date("2026-11-23")
        let without = try SuccessionTarget.make(PlanningFixture.data(Self.hub(withDuty: false), settings: settings), asOf: asOf)
        let with = try SuccessionTarget.make(PlanningFixture.data(Self.hub(withDuty: true), settings: settings), asOf: asOf)
        #expect(with.baseFTE == without.baseFTE)
    }

    @Test func coverChangesForAllShiftsPassDutyBy() throws {
        var scenario = Scenario(name: "More", fileName: "more.yaml")
        var everything = Scenario.CoverChange()
        everything.change = 1
        scenario.coverChanges = [everything]
        let hub = try ScenarioApplier(data: PlanningFixture.data(Self.hub(withDuty: true)), month: month).apply(scenario).hub
        let duty = try #require(hub.coverRule(for: .weekday, shift: "DT"))
        #expect(duty.minimum == 0 && duty.target == 0 && duty.maximum == 4)
        #expect(hub.coverRules.filter { $0.shiftCode != "DT" }.allSatisfy { $0.minimum == 3 && $0.target == 4 })
    }

    @Test func aCoverChangeNamingADutyShiftIsRefused() {
        var scenario = Scenario(name: "Duty", fileName: "duty.yaml")
        var change = Scenario.CoverChange()
        change.shiftCode = "DT"
        change.minimum = 2
        scenario.coverChanges = [change]
        #expect(throws: PlanningError.scenario(file: "duty.yaml", problem: "DT is a duty shift, which has no cover to change. Fix: name a rota shift (D, L, N) or all, and change the duty cap in cover.csv.")) {
            try ScenarioApplier(data: PlanningFixture.data(Self.hub(withDuty: true)), month: self.month).apply(scenario)
        }
    }

    /// Raising targets by two: a default maximum (the target plus one) follows the target; an
    /// explicit one rises as far; lowering a target leaves an explicit cap where it was.
    @Test func raisingATargetKeepsEveryMaximumAboveIt() throws {
        let cover = PlanningFixture.cover().map { rule in
            rule.shiftCode == "N" && rule.dayType == .sunday
                ? CoverRule(dayType: .sunday, shiftCode: "N", minimum: 2, target: 3, maximum: 3, coordinatorRequired: true) : rule
        }
        var scenario = Scenario(name: "Busier", fileName: "busier.yaml")
        var up = Scenario.CoverChange()
        up.change = 2
        scenario.coverChanges = [up]
        let data = PlanningFixture.data(Self.hub(withDuty: true, cover: cover))
        let hub = try ScenarioApplier(data: data, month: month).apply(scenario).hub
        #expect(hub.coverRule(for: .weekday, shift: "D").map { ($0.target, $0.maximum) } ?? (0, 0) == (5, 6))
        #expect(hub.coverRule(for: .sunday, shift: "N").map { ($0.target, $0.maximum) } ?? (0, 0) == (5, 5))
        #expect(hub.coverRules.allSatisfy { $0.maximum >= $0.target })

        var down = Scenario.CoverChange()
        down.target = 2
        down.minimum = 2
        scenario.coverChanges = [down]
        let lowered = try ScenarioApplier(data: data, month: month).apply(scenario).hub
        #expect(lowered.coverRule(for: .weekday, shift: "D")?.maximum == 3)
        #expect(lowered.coverRule(for: .sunday, shift: "N")?.maximum == 3)
    }

    /// A demand change moves rota rows by what the demand model adds, and never the duty row.
    @Test func demandLedCoverLeavesDutyAndKeepsMaxima() throws {
        let data = PlanningFixture.data(Self.hub(withDuty: true), referrals: PlanningFixture.referrals(annual: 900))
        var scenario = Scenario(name: "Busier", fileName: "busier.yaml")
        scenario.demandChangePercent = 60
        let hub = try ScenarioApplier(data: data, month: month).apply(scenario).hub
        #expect(hub.coverRule(for: .weekday, shift: "DT") == data.hub.coverRule(for: .weekday, shift: "DT"))
        #expect(hub.coverRules.allSatisfy { $0.maximum >= $0.target })
        #expect(hub.coverRules.filter { $0.shiftCode != "DT" }.allSatisfy { $0.maximum == $0.target + 1 })
        #expect(hub.coverRules.contains { $0.target > (data.hub.coverRule(for: $0.dayType, shift: $0.shiftCode)?.target ?? 0) })
    }

    @Test func aDutyShiftCannotKeepTheCoordinatorAtBase() throws {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "cover_model:\n  coordinator_at_base: [D, DT]\n".write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try PlanningData.load(folder: folder)
            Issue.record("planning.yaml loaded with a duty shift at base")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.description) == [
                "planning.yaml, field cover_model.coordinator_at_base: DT is a duty shift, which has no coordinator. Fix: use rota shifts only: D, L, N.",
            ])
        }
    }
}
