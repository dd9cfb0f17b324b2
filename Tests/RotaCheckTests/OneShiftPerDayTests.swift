import Testing
import Workforce
@testable import RotaCheck

@Suite("One shift a day")
struct OneShiftPerDayTests {
    @Test("one_shift_per_day: two shifts on one date is one breach for that date")
    func twoShiftsOneDay() {
        let rota = Fixture.rota([("A01", 3, "D"), ("A01", 3, "N"), ("A01", 4, "L"), ("A02", 3, "D")])
        let breaches = Fixture.check(Fixture.hub(), rota).violations(of: .oneShiftPerDay)

        #expect(breaches.count == 1)
        #expect(breaches.first?.amhpID == "A01")
        #expect(breaches.first?.date == Fixture.date(3))
        #expect(breaches.first?.message
            == "Amy Adams (A01) has 2 shifts on Thu 2026-12-03 (Day (D, 09:00-17:00) and Night (N, 21:00-09:00)); an AMHP works at most one shift a day.")
    }

    @Test("one_shift_per_day: a shift a day, nights included, is fine")
    func oneShiftADay() {
        let rota = Fixture.rota([("A01", 3, "N"), ("A01", 4, "N"), ("A02", 3, "D")])
        #expect(Fixture.check(Fixture.hub(), rota).violations(of: .oneShiftPerDay).isEmpty)
    }
}
