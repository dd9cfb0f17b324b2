import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The fairness family (`Model/Rules/Fairness.swift`): fair shares of nights, weekend shifts and
/// bank-holiday shifts (history included, pro rata to FTE and availability), and festive days again.
/// December 2026: weekends on the 5th-6th, 12th-13th, 19th-20th and 26th-27th (8 days); bank holidays
/// on the 25th and the 28th (Boxing Day's substitute).
@Suite struct FairnessModelTests {
    static func history(_ id: String, months: Int = 1, nights: Int = 0, weekends: Int = 0, bankHolidays: Int = 0,
                        festive: Bool = false) -> FairnessHistory {
        FairnessHistory(amhpID: id, months: months, nights: nights, weekendShifts: weekends, bankHolidayShifts: bankHolidays,
                        workedLastFestive: festive)
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
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 7) < 1e-6)
        #expect(report.people.map(\.nights) == [14, 17])
    }

    @Test func nightOnlyAndNoNightStaffAreOutOfTheNightsPool() throws {
        // Olly works only nights and Nell none: neither is in the pool, so Amy and Beth share the
        // nights Olly leaves. Olly may take up to 17 (the 48-hour cap); an even remainder split
        // equally costs 0. Were Olly in the pool the shares would be 31/3 each, and were Nell in it
        // she would be below hers: neither can cost 0.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth"),
                              TestHubs.amhp("O", "Olly", nights: .only), TestHubs.amhp("N", "Nell", nights: .no)],
                      shiftTypes: [TestHubs.night], coverRules: TestHubs.cover([TestHubs.night], minimum: 1, target: 1),
                      rules: TestHubs.rules { $0[.unfairNights] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective) < 1e-6)
        let nights = Dictionary(uniqueKeysWithValues: report.people.map { ($0.amhpID, $0.nights) })
        #expect(nights["A"] == nights["B"])
        #expect(nights["N"] == 0)
    }

    @Test func unfairWeekendsWithHistory() throws {
        // The 8 weekend days need one AMHP each. Amy has 10 weekend shifts behind her, Beth none, one
        // month of history each: share weights 1 × (1 + 1) = 2 each, so of 10 + 8 = 18 each fair share
        // is 9. Beth takes all 8 (1 below), Amy stays at 10 (1 above): penalty 2. Any weekend of Amy's costs 2 more.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover(TestHubs.day, on: [.saturday, .sunday], minimum: 1, target: 1),
                      history: [Self.history("A", weekends: 10), Self.history("B")],
                      rules: TestHubs.rules { $0[.unfairWeekends] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 2) < 1e-6)
        #expect(report.people.map(\.weekendShifts) == [0, 8])
    }

    @Test func unfairBankHolidaysProRataToFTE() throws {
        // The 25th and the 28th need one AMHP each. Amy (1.0 FTE) and Beth (0.5), no history: fair
        // shares 4/3 and 2/3. One each deviates 1/3 + 1/3; both to Amy 2/3 + 2/3; both to Beth
        // 4/3 + 4/3. Best: one each, 2/3 × weight 3 = 2. (A second AMHP on a shift, above target,
        // costs 10: otherwise Amy twice and Beth once would be exactly fair.)
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth", employment: .localAuthority(fte: 0.5))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover(TestHubs.day, on: [.bankHoliday], minimum: 1, target: 1),
                      rules: TestHubs.rules { $0[.unfairBankHolidays] = 3; $0[.coverBelowMinimum] = 100; $0[.coverAboveTarget] = 10 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 2) < 1e-6)
        #expect(report.people.map(\.bankHolidayShifts) == [1, 1])
    }

    @Test func festiveDaysGoToWhoeverWasOffLastYear() throws {
        // Amy worked Christmas last year, Beth did not: Beth works the 25th and 26th.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      history: [FairnessHistory(amhpID: "A", months: 12, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: true)],
                      rules: TestHubs.rules { $0[.festiveAgain] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(25)) == "D")
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(25)) == nil)
    }

    @Test func festiveAgainWhenNobodyElseCan() throws {
        // Amy worked Christmas last year; Beth is on leave over Christmas. The day shift of the 25th and
        // 26th needs one (short at 100), so Amy works both festive days again: 2 × 5 = 10.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      absences: [Absence(amhpID: "B", kind: .annual, dates: TestHubs.days(24, 27))],
                      history: [Self.history("A", months: 12, festive: true)],
                      rules: TestHubs.rules { $0[.festiveAgain] = 5; $0[.coverBelowMinimum] = 100 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 10)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(25)) == "D")
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(26)) == "D")
    }

    /// The zero case: Amy and Beth, alike and without history, share a day shift every day; every
    /// fairness rule is priced, weekends split 4/4 and bank holidays 1/1, so none costs anything
    /// (one AMHP a day: a second above target costs 1).
    @Test func evenSharesCostNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      rules: TestHubs.rules {
                          $0[.unfairNights] = 1; $0[.unfairWeekends] = 1; $0[.unfairBankHolidays] = 1; $0[.festiveAgain] = 1
                          $0[.coverBelowMinimum] = 100; $0[.coverAboveTarget] = 1
                      })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(abs(solution.objective) < 1e-6)
        #expect(report.people.map(\.weekendShifts) == [4, 4])
        #expect(report.people.map(\.bankHolidayShifts) == [1, 1])
    }

    @Test(arguments: [SoftRule.unfairNights, .unfairWeekends, .unfairBankHolidays, .festiveAgain])
    func aWeightOfZeroRemovesThePenaltyTerm(_ rule: SoftRule) {
        ModelTests.expectZeroWeightRemovesTerm(rule)
    }
}
