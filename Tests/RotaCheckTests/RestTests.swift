import Testing
import Workforce
@testable import RotaCheck

@Suite("Daily rest")
struct RestTests {
    @Test("rest.daily: a night carried in from 30 November then a day shift on 1 December leaves no rest")
    func carryInAcrossMonthBoundary() {
        // The night runs 21:00 on 30 Nov to 09:00 on 1 Dec; the day shift starts at 09:00: 0 hours' rest.
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "N")]
        let report = Fixture.check(Fixture.hub(carryIn: carryIn), Fixture.rota([("A01", 1, "D")]))

        let breaches = report.violations(of: .dailyRest)
        #expect(breaches.count == 1)
        #expect(breaches.first?.date == Fixture.date(1))
        #expect(breaches.first?.shiftCode == "D")
        #expect(breaches.first?.message
            == "Amy Adams (A01) has 0.0 hours' rest between the Night (N, 21:00-09:00) on 2026-11-30 (carried in) and the Day (D, 09:00-17:00) on 2026-12-01; the minimum is 11 (WTR 1998 reg. 10).")
        // Carry-in counts for rest only: no hours, no cover.
        #expect(report.people.first?.shifts == 1)
    }

    @Test("rest.daily: a night then a late the next day is 4 hours' rest; a late then a day is 12")
    func withinMonth() {
        let rota = Fixture.rota([("A01", 3, "L"), ("A01", 4, "D"), ("A01", 5, "N"), ("A01", 6, "L")])
        let breaches = Fixture.check(Fixture.hub(), rota).violations(of: .dailyRest)

        // L on the 3rd ends 21:00, D on the 4th starts 09:00: 12 hours, fine.
        // N on the 5th ends 09:00 on the 6th, L starts 13:00: 4 hours, a breach.
        #expect(breaches.count == 1)
        #expect(breaches.first?.message
            == "Amy Adams (A01) has 4.0 hours' rest between the Night (N, 21:00-09:00) on 2026-12-05 and the Late (L, 13:00-21:00) on 2026-12-06; the minimum is 11 (WTR 1998 reg. 10).")
    }

    @Test("rest.daily: a short rest wholly inside carry-in is history, not this rota's breach")
    func carryInOnly() {
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(29, month: 11), shiftCode: "N"),
                       Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "D")]
        let report = Fixture.check(Fixture.hub(carryIn: carryIn), Fixture.rota([("A01", 2, "D")]))
        #expect(report.violations(of: .dailyRest).isEmpty)
    }

    @Test("rest.daily: a night, a day off, then a day shift is 24 hours' rest")
    func zero() {
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "L")]
        let rota = Fixture.rota([("A01", 1, "D"), ("A01", 10, "N"), ("A01", 12, "D"), ("A02", 10, "D"), ("A02", 11, "D")])
        #expect(Fixture.check(Fixture.hub(carryIn: carryIn), rota).violations(of: .dailyRest).isEmpty)
    }

    @Test("rest.daily: a shorter minimum in the rules file is honoured to the minute")
    func customMinimum() {
        let rules = Fixture.rules { $0.workingTime.minimumRestHours = 4 }
        // N on the 5th ends 09:00 on the 6th; L starts 13:00: exactly 4 hours, so no breach.
        let rota = Fixture.rota([("A01", 5, "N"), ("A01", 6, "L")])
        #expect(Fixture.check(Fixture.hub(rules: rules), rota).violations(of: .dailyRest).isEmpty)
    }
}
