import Testing
import Workforce
@testable import RotaCheck

@Suite("Fair shares and festive days")
struct FairnessTests {
    @Test("unfair_nights: shares by FTE with history; night-only and no-nights staff are outside the pool")
    func nightsWithHistory() {
        // Pool: Amy (1.0 FTE, 2 months, 6 nights) and Beth (0.5 FTE, 2 months, 1 night); both available all month.
        // Weights: Amy 1.0 × (2 + 1) = 3, Beth 0.5 × (2 + 1) = 1.5; Σ = 4.5.
        // December: Amy 2 nights, Beth 1. T = (6 + 2) + (1 + 1) = 10.
        // Fair shares: Amy 10 × 3 / 4.5 = 6.667, Beth 10 × 1.5 / 4.5 = 3.333.
        // Deviations: |8 − 6.667| = 1.333 and |2 − 3.333| = 1.333; penalty 25 × 8/3 = 66.67.
        let beth = Fixture.amhp("A02", "Beth Brown", employment: .localAuthority(fte: 0.5))
        let cara = Fixture.amhp("A03", "Cara Cole", nights: .only)
        let dev = Fixture.amhp("A04", "Dev Das", nights: .no)
        let history = [FairnessHistory(amhpID: "A01", months: 2, nights: 6, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false),
                       FairnessHistory(amhpID: "A02", months: 2, nights: 1, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false),
                       FairnessHistory(amhpID: "A03", months: 2, nights: 20, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false)]
        let rota = Fixture.rota([("A01", 1, "N"), ("A01", 8, "N"), ("A02", 15, "N"), ("A03", 2, "N"), ("A03", 3, "N"), ("A04", 9, "D")])
        let report = Fixture.check(Fixture.hub([Fixture.amy, beth, cara, dev], history: history), rota)

        let breaches = report.violations(of: .unfairNights)
        #expect(breaches.map(\.amhpID) == ["A01", "A02"])
        #expect(breaches.allSatisfy { isClose($0.penalty, 25.0 * 4 / 3) })
        #expect(isClose(report.penalty(.unfairNights), 200.0 / 3))
        #expect(breaches[0].message
            == "Amy Adams (A01) has 8 nights (6 before this month + 2 in 2026-12) against a fair share of 6.67 of the pool's 10: 1.33 over (penalty 33.33).")
    }

    @Test("unfair_weekends: leave shrinks the share weight; trainees are outside the pool")
    func weekendsWithLeave() {
        // Pool: Amy and Beth, 1.0 FTE, 1 month of history each; Amy had 2 weekend shifts, Beth 0.
        // Beth is on leave 16-31 Dec, available 15 of 31 days. Weights: Amy 1 × (1 + 1) = 2, Beth 1 × (1 + 15/31) = 46/31.
        // December: Amy works Sat 5 and Sun 6 Dec. T = (2 + 2) + 0 = 4; Σ weights = 108/31.
        // Fair shares: Amy 4 × 2 × 31/108 = 62/27 = 2.296, Beth 4 × 46/108 = 46/27 = 1.704.
        // Deviations: 4 − 62/27 = 46/27 and 46/27; penalty 20 × 92/27 = 68.15.
        let amy = Fixture.amhp("A01", "Amy Adams", isPracticeEducator: true)
        let cara = Fixture.amhp("A03", "Cara Cole", educatorID: "A01")
        let history = [FairnessHistory(amhpID: "A01", months: 1, nights: 0, weekendShifts: 2, bankHolidayShifts: 0, workedLastFestive: false),
                       FairnessHistory(amhpID: "A02", months: 1, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false)]
        let leave = Absence(amhpID: "A02", kind: .annual, dates: Fixture.range(Fixture.date(16), Fixture.date(31)))
        let rota = Fixture.rota([("A01", 5, "D"), ("A01", 6, "D"), ("A03", 5, "D"), ("A03", 6, "D")])
        let report = Fixture.check(Fixture.hub([amy, Fixture.beth, cara], absences: [leave], history: history), rota)

        #expect(report.violations(of: .unfairWeekends).map(\.amhpID) == ["A01", "A02"])
        #expect(isClose(report.penalty(.unfairWeekends), 20.0 * 92 / 27))
        #expect(report.people.map(\.weekendShifts) == [2, 0, 2])
    }

    @Test("unfair_bank_holidays: an NHS AMHP's FTE equivalent is agreed shifts × mean shift length / (37 × 52 / 12)")
    func bankHolidaysWithNHS() {
        // Dev agreed 8 shifts; mean shift (8 + 8 + 12) / 3 = 28/3 h; a month is 37 × 52 / 12 = 481/3 h: FTE 224/481.
        // Weights (no history, all available): Amy 1, Dev 224/481; Σ = 705/481. Amy works 25 and 28 Dec: T = 2.
        // Fair shares: Amy 2 × 481/705 = 962/705, Dev 448/705. Deviations 448/705 each; penalty 40 × 896/705 = 50.84.
        let dev = Fixture.amhp("A04", "Dev Das", employment: .nhs(trust: "Mersey Care", shiftsPerMonth: 8))
        let report = Fixture.check(Fixture.hub([Fixture.amy, dev]), Fixture.rota([("A01", 25, "D"), ("A01", 28, "D")]))

        #expect(isClose(report.penalty(.unfairBankHolidays), 40.0 * 896 / 705))
        #expect(report.people.map(\.bankHolidayShifts) == [2, 0])
    }

    @Test("Fair-share keys are 0 when everyone has exactly their share")
    func fairZero() {
        // Amy and Beth, equal weights, no history: one night, one weekend shift and one bank holiday each.
        let rota = Fixture.rota([("A01", 1, "N"), ("A02", 2, "N"), ("A01", 5, "D"), ("A02", 6, "D"), ("A01", 25, "D"), ("A02", 28, "D")])
        let report = Fixture.check(Fixture.hub(), rota)
        for rule in [SoftRule.unfairNights, .unfairWeekends, .unfairBankHolidays] {
            #expect(report.penalty(rule) == 0)
            #expect(report.violations(of: rule).isEmpty)
        }
    }

    @Test("A pool whose share weights are all 0 sets no fair share and costs nothing")
    func zeroWeightPool() {
        // Amy and Beth are on leave all December with no history months: both weights are 1.0 × (0 + 0/31) = 0.
        // Amy's night (itself a leave breach) makes T = 1, but T × weight / Σ weights is undefined.
        let leave = [Fixture.amy, Fixture.beth].map {
            Absence(amhpID: $0.id, kind: .annual, dates: Fixture.range(Fixture.date(1), Fixture.date(31)))
        }
        let report = Fixture.check(Fixture.hub(absences: leave), Fixture.rota([("A01", 1, "N")]))
        #expect(report.penalty(.unfairNights) == 0)
        #expect(report.violations(of: .absence).count == 1)
    }

    @Test("festive_again: Amy worked last Christmas; Christmas Day and Boxing Day again = 2 × 150")
    func festiveAgain() {
        let history = [FairnessHistory(amhpID: "A01", months: 12, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: true)]
        // 24 Dec is not festive; 28 Dec is a substitute bank holiday, not the day itself. Beth did not work last year's.
        let rota = Fixture.rota([("A01", 24, "D"), ("A01", 25, "L"), ("A01", 26, "D"), ("A01", 28, "D"), ("A02", 25, "D")])
        let report = Fixture.check(Fixture.hub(history: history), rota)

        #expect(report.violations(of: .festiveAgain).map(\.date) == [Fixture.date(25), Fixture.date(26)])
        #expect(report.penalty(.festiveAgain) == 300)
        #expect(report.violations(of: .festiveAgain).first?.message
            == "Amy Adams (A01) worked Christmas Day, Boxing Day or New Year's Day last year and is rostered again on the Late (L, 13:00-21:00) on Fri 2026-12-25 (Christmas Day) (penalty 150).")
    }

    @Test("festive_again: New Year's Day counts in January; without last year's festive shift nothing is due")
    func festiveJanuary() {
        let january = Month(year: 2027, month: 1)!
        let history = [FairnessHistory(amhpID: "A01", months: 12, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: true)]
        let rota = Rota(month: january, assignments: [Assignment(amhpID: "A01", date: Fixture.date(1, month: 1, year: 2027), shiftCode: "D"),
                                                      Assignment(amhpID: "A02", date: Fixture.date(1, month: 1, year: 2027), shiftCode: "D")])
        let report = Fixture.check(Fixture.hub(history: history), rota, month: january)
        #expect(report.violations(of: .festiveAgain).map(\.amhpID) == ["A01"])
        #expect(report.penalty(.festiveAgain) == 150)
    }
}
