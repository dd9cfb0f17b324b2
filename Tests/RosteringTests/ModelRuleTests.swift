import LinearProgramming
import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// One test per rule of the rota model: tiny hubs whose optimum is worked out by hand in the comment.
/// Every solution is also passed through the independent checker, which must agree on the objective.
@Suite struct ModelRuleTests {
    func solve(_ hub: Hub) throws -> (RotaSolution, CheckReport) {
        var options = RotaSolveOptions()
        options.timeLimit = 60
        options.relativeGap = 0
        let solution = try RotaSolver(options: options).solve(RotaInstance(hub: hub, month: TestHubs.december))
        let report = RotaChecker(hub: hub, month: TestHubs.december).check(solution.rota)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        #expect(abs(report.objective - solution.objective) < 1e-6)
        return (solution, report)
    }

    @Test func coverBelowMinimumWhenTheOnlyOtherAMHPIsOnLeave() throws {
        // Beth is on leave all month, so Amy alone covers a day shift needing 2. Six on, one off would
        // give 27 days, but the 48-hour average caps the month at 212.6 h: 26 shifts. 31 × 2 − 26 = 36 short.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 2, target: 2),
                      absences: [Absence(amhpID: "B", kind: .annual, dates: TestHubs.december.range)],
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 1 })
        let (solution, report) = try solve(hub)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 36)
        let explanations = ShortfallExplainer(hub: hub, month: TestHubs.december).explain(solution.rota, report: report)
        #expect(explanations.count == 31)
        #expect(explanations.allSatisfy { $0.candidates.contains { $0.amhpID == "B" && $0.reason == .absent(.annual, note: "") } })
    }

    @Test func dailyRestForbidsADayShiftAfterANight() throws {
        // Amy wants the night on the 1st and the day on the 2nd; the night ends at 09:00 when the day
        // starts, so only one request can be met: penalty 10.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "N", weight: 10), TestHubs.want("A", day: 2, shift: "D", weight: 10)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try solve(hub).0.objective == 10)
    }

    @Test func daysRestAfterANightCarriedInFromTheMonthBefore() throws {
        // Amy worked the night of 30 November, so the day shift on 1 December breaks daily rest.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "D", weight: 3)],
                      carryIn: [Assignment(amhpID: "A", date: LocalDate("2026-11-30")!, shiftCode: "N")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try solve(hub).0.objective == 3)
    }

    @Test func atMostFourNightsInARow() throws {
        // Five nights wanted in a row; the fifth breaks the limit of four: penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
                      requests: (1...5).map { TestHubs.want("A", day: $0, shift: "N") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try solve(hub).0.objective == 1)
    }

    @Test func weeklyRestDayInEverySevenDays() throws {
        // Up to 14 days in a row are allowed locally, but WTR reg. 11 needs a rest day in any 7: penalty 1.
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.maximumConsecutiveWorkingDays = 14
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...7).map { TestHubs.want("A", day: $0, shift: "D") }, rules: rules)
        #expect(try solve(hub).0.objective == 1)
    }

    @Test func traineeOnlyWithTheirEducator() throws {
        // Tara may only work beside Amy, who is on leave on the 3rd: Tara's request (5) is missed,
        // and Tara does not count towards cover, so the 3rd is short by one (weight 100).
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("T", "Tara", educator: "A")],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0)
                        .map { CoverRule(dayType: $0.dayType, shiftCode: "D", minimum: 0, target: 0, coordinatorRequired: false) },
                      absences: [Absence(amhpID: "A", kind: .training, dates: DateRange(first: TestHubs.date(3), last: TestHubs.date(3))!)],
                      requests: [TestHubs.want("T", day: 3, shift: "D", weight: 5), TestHubs.want("T", day: 4, shift: "D", weight: 5)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try solve(hub)
        #expect(solution.objective == 5)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(4)) == "D")
    }

    @Test func fortyEightHourAverageCapsTheMonth() throws {
        // 12-hour shifts wanted every day; 48 × 31 / 7 = 212.6 hours allows 17: 31 − 17 = 14 missed.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", nights: .no)], shiftTypes: [TestHubs.longDay],
                      coverRules: TestHubs.cover([TestHubs.longDay], minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "LD") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try solve(hub).0.objective == 14)
    }

    @Test func missingCoordinatorWhenTheOnlyCoordinatorIsAway() throws {
        // Only Amy coordinates; she is away on the 5th, so that day has no coordinator: 1 × 7.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth", coordinates: false)],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0, coordinator: true),
                      absences: [Absence(amhpID: "A", kind: .sickness, dates: DateRange(first: TestHubs.date(5), last: TestHubs.date(5))!)],
                      rules: TestHubs.rules { $0[.missingCoordinator] = 7 })
        // Amy must rest one day in seven too: those days go without a coordinator as well (5 more weeks' worth).
        let (solution, report) = try solve(hub)
        let uncovered = report.coverage.filter { !$0.coordinatorPresent }.count
        #expect(solution.objective == Double(7 * uncovered))
        #expect(report.coverage.first { $0.date == TestHubs.date(5) }?.coordinatorPresent == false)
        // Best possible: the 5th plus one rest day in each 7-day window; 31 days need at least 5 rest days.
        #expect(uncovered == 5)
    }

    @Test func contractedHoursWithTOILPlannedBack() throws {
        // Amy, 1.0 FTE, owes 7.4 × 21 = 155.4 h in December 2026 and plans 16 h of TOIL back: aim 139.4 h.
        // 17 day shifts (136 h) leave 3.4 h under; 18 (144 h) plan back only 11.4 h, missing 4.6. Best: 3.4.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      toil: [TOILPlan(amhpID: "A", balanceHours: 20, planBackHours: 16)],
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 1; $0[.toilNotPlanned] = 1 })
        let (solution, report) = try solve(hub)
        #expect(abs(solution.objective - 3.4) < 1e-9)
        #expect(report.people[0].shifts == 17)
    }

    @Test func nhsCommitmentProRataForLeave() throws {
        // Nia offers 4 shifts a month and is away 15 days: she owes 4 × 16 / 31 = 2.06 shifts.
        // Nothing else asks her to work, so 2 shifts leave 0.06 under (weight 100): penalty 6.45.
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      absences: [Absence(amhpID: "N1", kind: .annual, dates: DateRange(first: TestHubs.date(1), last: TestHubs.date(15))!)],
                      rules: TestHubs.rules { $0[.nhsShiftsUnder] = 100; $0[.nhsShiftsOver] = 100 })
        let (solution, report) = try solve(hub)
        #expect(abs(solution.objective - 100 * (4.0 * 16 / 31 - 2)) < 1e-6)
        #expect(report.people[0].shifts == 2)
    }

    @Test func fairNightsWithHistory() throws {
        // Amy has done 10 nights in the last month, Beth none; both 1.0 FTE, so each fair share of the
        // 41 nights (10 + 31) is 20.5. But 12-hour nights hit the 48-hour cap (212.6 h) at 17, so Beth
        // takes 17 and Amy 14: deviations 3.5 + 3.5, penalty 7 (cover is met, at weight 100).
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 1, target: 1),
                      history: [FairnessHistory(amhpID: "A", months: 1, nights: 10, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false),
                                FairnessHistory(amhpID: "B", months: 1, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false)],
                      rules: TestHubs.rules { $0[.unfairNights] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try solve(hub)
        #expect(abs(solution.objective - 7) < 1e-6)
        #expect(report.people.map(\.nights) == [14, 17])
    }

    @Test func festiveDaysGoToWhoeverWasOffLastYear() throws {
        // Amy worked Christmas last year, Beth did not: Beth works the 25th and 26th.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      history: [FairnessHistory(amhpID: "A", months: 12, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: true)],
                      rules: TestHubs.rules { $0[.festiveAgain] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, _) = try solve(hub)
        #expect(solution.objective == 0)
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(25)) == "D")
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(25)) == nil)
    }

    @Test func requestForADayOffIsHonoured() throws {
        // Amy asks for the 10th off (weight 4); Beth can cover, so nothing is lost.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      requests: [ShiftRequest(amhpID: "A", date: TestHubs.date(10), shiftCode: nil, preference: .avoid, weight: 4)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try solve(hub)
        #expect(solution.objective == 0)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(10)) == nil)
        #expect(report.people.first { $0.amhpID == "A" }?.requestsMet == 1)
    }
}
