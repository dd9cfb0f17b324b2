import Testing
import Workforce
@testable import RotaCheck

/// The Early shift (07:00-15:00) makes a day off that is not a rest day: after a night ending at
/// 09:00, a day off and an early start leave 22 hours' rest, short of 24.
@Suite("Weekly rest")
struct WeeklyRestTests {
    let shifts = Fixture.shiftTypes + [Fixture.early]

    @Test("rest.weekly: a day off with only 22 hours' rest is no rest day, so 1-7 December has none")
    func dayOffIsNotARestDay() {
        // D 1, D 2, N 3 (ends 09:00 on the 4th), off 4, E 5 (07:00: 22 hours after), E 6, E 7.
        let rota = Fixture.rota([("A01", 1, "D"), ("A01", 2, "D"), ("A01", 3, "N"),
                                 ("A01", 5, "E"), ("A01", 6, "E"), ("A01", 7, "E")])
        let report = Fixture.check(Fixture.hub(shifts: shifts), rota)

        // Windows ending 1-6 Dec reach back to 30 Nov, a day off with nothing before it: a rest day.
        // The window ending 8 Dec holds the 8th: off, with no later shift. Only 1-7 Dec fails.
        let breaches = report.violations(of: .weeklyRest)
        #expect(breaches.count == 1)
        #expect(breaches.first?.date == Fixture.date(7))
        #expect(breaches.first?.message
            == "Amy Adams (A01) has no rest day (no shift starting and at least 24 hours off) in the 7 dates from 2026-12-01 to 2026-12-07; every 7 dates in a row must include one (WTR 1998 reg. 11).")
        #expect(report.violations(of: .dailyRest).isEmpty)
        #expect(report.violations(of: .consecutiveWorkingDays).isEmpty)
    }

    @Test("rest.weekly: a day off followed by a 09:00 start is exactly 24 hours, so it is a rest day")
    func exactlyTwentyFourHours() {
        let rota = Fixture.rota([("A01", 1, "D"), ("A01", 2, "D"), ("A01", 3, "N"),
                                 ("A01", 5, "D"), ("A01", 6, "E"), ("A01", 7, "E")])
        #expect(Fixture.check(Fixture.hub(shifts: shifts), rota).violations(of: .weeklyRest).isEmpty)
    }

    @Test("rest.weekly: windows reaching back before the month use carry-in")
    func carryIn() {
        // Carried in: D 26, 27, 28 Nov, N 29 Nov (ends 09:00 on the 30th). December: E 1 (22 hours later), D 2.
        // 26 Nov to 2 Dec has no rest day; the window ending 1 Dec starts on 25 Nov, a day off with nothing before.
        let carryIn = [(26, "D"), (27, "D"), (28, "D"), (29, "N")].map {
            Assignment(amhpID: "A01", date: Fixture.date($0.0, month: 11), shiftCode: $0.1)
        }
        let rota = Fixture.rota([("A01", 1, "E"), ("A01", 2, "D")])
        let breaches = Fixture.check(Fixture.hub(shifts: shifts, carryIn: carryIn), rota).violations(of: .weeklyRest)

        #expect(breaches.count == 1)
        #expect(breaches.first?.date == Fixture.date(2))
        #expect(breaches.first?.message.contains("in the 7 dates from 2026-11-26 to 2026-12-02") == true)
    }

    @Test("rest.weekly: days after the month count as off, so 31 December after a night is a rest day")
    func daysAfterMonthAreOff() {
        // N 25 (ends 09:00 on the 26th), off 26, E 27 (22 hours later), E 28, E 29, N 30 (ends 09:00 on the 31st), off 31.
        // 25-31 Dec holds no rest day unless the 31st is one: it is, as nothing follows it in the rota.
        let rota = Fixture.rota([("A01", 25, "N"), ("A01", 27, "E"), ("A01", 28, "E"), ("A01", 29, "E"), ("A01", 30, "N")])
        #expect(Fixture.check(Fixture.hub(shifts: shifts), rota).violations(of: .weeklyRest).isEmpty)
    }

    @Test("rest.weekly: eight working dates make two failing windows, reported as one stretch")
    func overlappingWindowsMerge() {
        let rules = Fixture.rules { $0.workingTime.maximumConsecutiveWorkingDays = 10 }
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: 10...17))
        let breaches = Fixture.check(Fixture.hub(rules: rules), rota).violations(of: .weeklyRest)

        #expect(breaches.count == 1)
        #expect(breaches.first?.date == Fixture.date(16))
        #expect(breaches.first?.message.contains("in the 8 dates from 2026-12-10 to 2026-12-17") == true)
    }
}
