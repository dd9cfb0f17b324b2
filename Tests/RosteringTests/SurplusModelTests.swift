import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// Rotas a manager would sign (`Model/Rules/Cover.swift`, `UnsocialHours.swift`, the duty and
/// rota-share rules): a maximum per shift, surplus hours on duty rather than stacked, a fair share of
/// rota shifts and the cost of unsocial hours. Tiny hubs, optimum worked out by hand, re-checked by the checker.
@Suite struct SurplusModelTests {
    /// Amy, Beth and Cara each want the day shift on Sunday 6 December (weight 10), whose target is 1.
    static func threeWant(maximum: Int) -> Hub {
        Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth"), TestHubs.amhp("C", "Cara")],
            shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 1, maximum: maximum),
            requests: ["A", "B", "C"].map { TestHubs.want($0, day: 6, shift: "D", weight: 10) },
            rules: TestHubs.rules { $0[.requestNotMet] = 1 })
    }

    @Test func theMaximumTurnsAThirdPersonAwayEvenWhenTheyAskToWork() throws {
        // Maximum 2: one of the three requests must go unmet (10).
        let (solution, report) = try ModelTests.solve(Self.threeWant(maximum: 2))
        #expect(solution.objective == 10)
        #expect(ModelTests.worked(solution.rota, "A", days: 6...6) + ModelTests.worked(solution.rota, "B", days: 6...6)
            + ModelTests.worked(solution.rota, "C", days: 6...6) == 2)
        #expect(report.coverage.allSatisfy { $0.assigned <= $0.maximum })
    }

    @Test func aMaximumThatDoesNotBindChangesNothing() throws {
        // The zero case: maximum 3 lets all three work; nothing is paid.
        let (solution, _) = try ModelTests.solve(Self.threeWant(maximum: 3))
        #expect(solution.objective == 0)
        #expect(["A", "B", "C"].allSatisfy { ModelTests.worked(solution.rota, $0, days: 6...6) == 1 })
    }

    /// Amy (LA, 1.0) and Nia (NHS): a day shift nobody needs (target 0) and, when `duty`, weekday duty
    /// for at most `cap` a day. Only hours under contract and people above target are priced.
    static func surplusHub(duty: Bool, cap: Int = 1, aboveTarget: Double = 500) -> Hub {
        let shifts = duty ? [TestHubs.day, TestHubs.duty] : [TestHubs.day]
        return Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 0))],
                   shiftTypes: shifts,
                   coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0) + (duty ? TestHubs.dutyCover(cap: cap) : []),
                   rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.coverAboveTarget] = aboveTarget })
    }

    @Test func surplusHoursGoToWeekdayDutyNotOntoAShiftAboveTarget() throws {
        // December's 21 working weekdays × 7.4 h = 155.4 h: Amy's contract exactly, all on duty. Nia,
        // employed by her trust, is never on duty.
        let (solution, report) = try ModelTests.solve(Self.surplusHub(duty: true))
        #expect(solution.objective < 1e-6)
        #expect(solution.rota.assignments.allSatisfy { $0.amhpID == "A" && $0.shiftCode == "W" })
        #expect(solution.rota.assignments.count == 21)
        #expect(report.people[0].dutyShifts == 21)
        #expect(abs(report.people[0].dutyHours - 155.4) < 1e-9)
    }

    @Test func withoutDutySurplusHoursAreLeftUnplannedAtTheDefaultAboveTargetWeight() throws {
        // No duty shift: stacking Amy on day shifts nobody needs would save 8 an hour-shift but costs
        // 500 above target, so her 155.4 hours stay unplanned.
        let (solution, _) = try ModelTests.solve(Self.surplusHub(duty: false))
        #expect(solution.rota.assignments.isEmpty)
        #expect(abs(solution.objective - 155.4) < 1e-6)
    }

    @Test func theOldWeightsStackedSurplusHoursOntoShiftsAboveTarget() throws {
        // The bug of issue 20, kept as a witness: at 5 per AMHP above target, each 8-hour shift saves
        // 8 under contract, so Amy is stacked onto 19 day shifts (152 h) and the check warns.
        let hub = Self.surplusHub(duty: false, aboveTarget: 5)
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.rota.assignments.count == 19)
        #expect(StackingCheck(hub: hub).stackingPays)
        #expect(!StackingCheck(hub: Self.surplusHub(duty: false)).stackingPays)
    }

    @Test func dutyIsCappedPerDay() throws {
        // Amy and Beth both LA, duty for one a day: 21 duty shifts between them, 21 × 7.4 h unplanned.
        var hub = Self.surplusHub(duty: true)
        hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: hub.shiftTypes,
                  coverRules: hub.coverRules, rules: hub.rules)
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.rota.assignments.count == 21)
        #expect(report.coverage.filter(\.isDuty).allSatisfy { $0.assigned <= 1 })
        #expect(abs(solution.objective - 21 * 7.4) < 1e-6)
    }

    @Test func rotaShiftsAreSharedFairlyBetweenLAAMHPs() throws {
        // A weekday day shift for one (21 of them) and duty for both: Amy (1.0 FTE) and Beth (0.5 FTE)
        // share the 21 day shifts 14 and 7, pro rata. Without the rule, one could have all 21.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth", employment: .localAuthority(fte: 0.5))],
                      shiftTypes: [TestHubs.day, TestHubs.duty],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0).map { rule in
                          rule.dayType == .weekday ? CoverRule(dayType: .weekday, shiftCode: "D", minimum: 0, target: 1, coordinatorRequired: false) : rule
                      } + TestHubs.dutyCover(cap: 2),
                      rules: TestHubs.rules { $0[.coverBelowTarget] = 100; $0[.coverAboveTarget] = 100; $0[.unfairRotaShifts] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective) < 1e-6)
        #expect(report.people.map(\.rotaShifts) == [14, 7])
        #expect(report.violations(of: .soft(.unfairRotaShifts)).isEmpty)
    }

    @Test func rotaSharesAreOnlyPricedAtAPositiveWeight() {
        ModelTests.expectZeroWeightRemovesTerm(.unfairRotaShifts)
        ModelTests.expectZeroWeightRemovesTerm(.unsocialHoursCost)
    }

    /// Amy (LA, NJC) and Nia (NHS, Agenda for Change), one AMHP wanted on the day shift of `dayType` days only.
    static func oneShiftOn(_ dayType: DayType) -> Hub {
        Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 0))],
            shiftTypes: [TestHubs.day],
            coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0).map { rule in
                rule.dayType == dayType ? CoverRule(dayType: dayType, shiftCode: "D", minimum: 0, target: 1, coordinatorRequired: false) : rule
            },
            rules: TestHubs.rules { $0[.coverBelowTarget] = 1000; $0[.unsocialHoursCost] = 1 })
    }

    @Test func theCheaperShiftWinsWhenEitherWouldDo() throws {
        // Saturdays 5, 12, 19 and 26 December: NJC pays Amy time and a half (8 h × 0.5 × £22.87 = £91.48),
        // Agenda for Change pays Nia 30% (8 h × 0.3 × £24.96 = £59.90): Nia works all four.
        let (solution, report) = try ModelTests.solve(Self.oneShiftOn(.saturday))
        let saturdays = solution.rota.assignments.filter { $0.date.weekday == .saturday }
        #expect(saturdays.allSatisfy { $0.amhpID == "N1" })
        #expect(saturdays.count == 4)
        #expect(abs(solution.objective - 4 * 8 * 0.3 * 24.96) < 1e-6)
        #expect(abs(report.people[1].enhancement - 4 * 8 * 0.3 * 24.96) < 1e-6)
    }

    @Test func weekdayDayShiftsCostNoEnhancement() throws {
        // The zero case: 21 weekday day shifts, no unsocial hour among them.
        let (solution, report) = try ModelTests.solve(Self.oneShiftOn(.weekday))
        #expect(report.coverage.filter { $0.dayType == .weekday }.allSatisfy { $0.assigned >= 1 })
        #expect(solution.objective == 0)
        #expect(report.people.allSatisfy { $0.enhancement == 0 })
    }
}
