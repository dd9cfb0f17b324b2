import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The weekly-rest family (`Model/Rules/WeeklyRest.swift`): every 7 days ending in the month hold a
/// rest day, a day with no shift and at least 24 hours from the end of the shift before to the start
/// of the shift after; carry-in days count, days after the month count as off.
@Suite struct WeeklyRestModelTests {
    /// Requests priced at 1; working days in a row allowed up to `maximumRun`, so only weekly rest binds.
    static func rules(maximumRun: Int = 14, window: Int = 7) -> HubRules {
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.maximumConsecutiveWorkingDays = maximumRun
        rules.workingTime.weeklyRestWindowDays = window
        return rules
    }

    @Test func weeklyRestDayInEverySevenDays() throws {
        // Up to 14 days in a row are allowed locally, but WTR reg. 11 needs a rest day in any 7: penalty 1.
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.maximumConsecutiveWorkingDays = 14
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...7).map { TestHubs.want("A", day: $0, shift: "D") }, rules: rules)
        #expect(try ModelTests.solve(hub).0.objective == 1)
    }

    /// Long days on the 1st-3rd, a night on the 4th (ending 09:00 on the 5th), the 5th off, then the
    /// 6th and 7th. Starting those at 08:00 (long days), the 5th has only 23 hours' rest and is no rest
    /// day: the week 1-7 has none, one request is missed (1). Starting them at 09:00 (days), it has
    /// exactly 24 hours: all met (0).
    @Test(arguments: [("LD", 1.0), ("D", 0.0)])
    func aDayOffIsARestDayOnlyWithTwentyFourHoursOff(after: String, penalty: Double) throws {
        let shifts = [TestHubs.day, TestHubs.night, TestHubs.longDay]
        let requests = (1...3).map { TestHubs.want("A", day: $0, shift: "LD") } + [TestHubs.want("A", day: 4, shift: "N")]
            + [6, 7].map { TestHubs.want("A", day: $0, shift: after) }
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: shifts,
                      coverRules: TestHubs.cover(shifts, minimum: 0, target: 0), requests: requests, rules: Self.rules())
        #expect(try ModelTests.solve(hub).0.objective == penalty)
    }

    @Test func shiftsCarriedInCountTowardsTheWeek() throws {
        // Amy worked 25 to 30 November; the day shift on 1 December would leave the week from the 25th
        // without a rest day: refused, penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "D"), TestHubs.want("A", day: 2, shift: "D")],
                      carryIn: (25...30).map { TestHubs.carried("A", "2026-11-\($0)", "D") }, rules: Self.rules())
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(1)) == nil)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(2)) == "D")
    }

    @Test(arguments: [(13, 0.0), (14, 1.0)])
    func aFortnightlyWindowAllowsThirteenDaysInARow(days: Int, penalty: Double) throws {
        // Weekly rest counted over 14 days (and runs of up to 14 allowed): 13 days in a row keep it,
        // 14 do not.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...days).map { TestHubs.want("A", day: $0, shift: "D") }, rules: Self.rules(window: 14))
        #expect(try ModelTests.solve(hub).0.objective == penalty)
    }

    /// The zero case: six on, one off all month (7.4-hour days, within the 48-hour average): 27
    /// shifts, a rest day in every week, nothing missed.
    @Test func sixOnOneOffKeepsWeeklyRest() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.standard],
                      coverRules: TestHubs.cover([TestHubs.standard], minimum: 0, target: 0),
                      requests: (1...31).filter { $0 % 7 != 0 }.map { TestHubs.want("A", day: $0, shift: "S") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(report.people[0].shifts == 27)
    }
}
