import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The commitments family (`Model/Rules/Commitments.swift`): NHS shifts under and over, LA
/// contracted hours over and under, TOIL not planned back. December 2026 has 21 working weekdays
/// (23 weekdays less Christmas Day and the Boxing Day substitute on the 28th): a full-time AMHP owes
/// 7.4 × 21 = 155.4 hours.
@Suite struct CommitmentsModelTests {
    @Test func nhsCommitmentProRataForLeave() throws {
        // Nia offers 4 shifts a month and is away 15 days: she owes 4 × 16 / 31 = 2.06 shifts.
        // Nothing else asks her to work, so 2 shifts leave 0.06 under (weight 100): penalty 6.45.
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      absences: [Absence(amhpID: "N1", kind: .annual, dates: DateRange(first: TestHubs.date(1), last: TestHubs.date(15))!)],
                      rules: TestHubs.rules { $0[.nhsShiftsUnder] = 100; $0[.nhsShiftsOver] = 100 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 100 * (4.0 * 16 / 31 - 2)) < 1e-6)
        #expect(report.people[0].shifts == 2)
    }

    @Test func nhsShiftsOverTradedAgainstRequests() throws {
        // Nia owes 2 shifts but asks for the day shift on the 1st to the 4th (weight 10 each). A shift
        // over her commitment costs 4, a missed request 10: she works all four, 2 over, penalty 8.
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 2))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...4).map { TestHubs.want("N1", day: $0, shift: "D", weight: 10) },
                      rules: TestHubs.rules { $0[.nhsShiftsOver] = 4; $0[.requestNotMet] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 8)
        #expect(report.people[0].shifts == 4)
        #expect(solution.penalties[.nhsShiftsOver] == 8)
    }

    @Test func contractedHoursUnderWhenAnotherShiftWouldGoOver() throws {
        // Amy owes 155.4 h in 8-hour shifts. 19 shifts (152 h) are 3.4 h under at 1 an hour;
        // 20 (160 h) are 4.6 h over at 2 an hour, 9.2. Best: 19 shifts, penalty 3.4.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 2 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 3.4) < 1e-9)
        #expect(report.people[0].shifts == 19)
    }

    @Test func contractedHoursOverWhenCoverNeedsMore() throws {
        // Amy and Beth, 0.5 FTE each, owe 77.7 h apiece; a day shift of minimum 1 every day (short
        // at 100) takes 31 × 8 = 248 h. However it is split (each working at least 10 shifts), the
        // two are 248 − 155.4 = 92.6 h over between them: penalty 92.6.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", employment: .localAuthority(fte: 0.5)),
                              TestHubs.amhp("B", "Beth", employment: .localAuthority(fte: 0.5))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 100; $0[.contractedHoursOver] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 92.6) < 1e-6)
        #expect(report.people.map(\.shifts).reduce(0, +) == 31)
        #expect(report.people.allSatisfy { $0.shifts >= 10 })
    }

    @Test func contractedHoursWithTOILPlannedBack() throws {
        // Amy, 1.0 FTE, owes 7.4 × 21 = 155.4 h in December 2026 and plans 16 h of TOIL back: aim 139.4 h.
        // 17 day shifts (136 h) leave 3.4 h under; 18 (144 h) plan back only 11.4 h, missing 4.6. Best: 3.4.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      toil: [TOILPlan(amhpID: "A", balanceHours: 20, planBackHours: 16)],
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 1; $0[.toilNotPlanned] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 3.4) < 1e-9)
        #expect(report.people[0].shifts == 17)
    }

    @Test func toilNotPlannedTradedAgainstCover() throws {
        // Amy alone, 16 h of TOIL to plan back; a day shift of minimum 1 every day, short at 1 per day.
        // Working n shifts costs (31 − n) short + max(0, 8n − 155.4) over + TOIL not planned
        // 16 − min(16, max(0, 155.4 − 8n)): n = 17 gives 14 + 0 + 0 = 14; n = 18 gives 13 + 4.6 = 17.6;
        // n = 26 (the cap) gives 5 + 52.6 + 16. Best: 17 shifts, all 16 h planned, penalty 14.
        // (Hours over are priced at TOIL's weight, as the loader requires.)
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      toil: [TOILPlan(amhpID: "A", balanceHours: 30, planBackHours: 16)],
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 1; $0[.toilNotPlanned] = 1; $0[.contractedHoursOver] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 14) < 1e-9)
        #expect(report.people[0].shifts == 17)
        #expect(abs(report.people[0].toilPlannedHours - 16) < 1e-9)
        #expect((solution.penalties[.toilNotPlanned] ?? -1) < 1e-9)
    }

    /// The zero case: Amy's 21 standard days (7.4 h) are exactly her 155.4 h, Nia's 4 shifts exactly
    /// her commitment; every commitment rule is priced and none is breached.
    @Test func commitmentsMetExactlyCostNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                      shiftTypes: [TestHubs.standard], coverRules: TestHubs.cover([TestHubs.standard], minimum: 0, target: 0),
                      toil: [TOILPlan(amhpID: "A", balanceHours: 0, planBackHours: 0)],
                      rules: TestHubs.rules {
                          $0[.nhsShiftsUnder] = 1; $0[.nhsShiftsOver] = 1; $0[.contractedHoursUnder] = 1
                          $0[.contractedHoursOver] = 1; $0[.toilNotPlanned] = 1
                      })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective) < 1e-6)
        #expect(report.people.map(\.shifts) == [21, 4])
    }

    @Test(arguments: [SoftRule.nhsShiftsUnder, .nhsShiftsOver, .contractedHoursOver, .contractedHoursUnder, .toilNotPlanned])
    func aWeightOfZeroRemovesThePenaltyTerm(_ rule: SoftRule) {
        ModelTests.expectZeroWeightRemovesTerm(rule)
    }
}
