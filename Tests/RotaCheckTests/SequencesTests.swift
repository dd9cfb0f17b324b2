import Testing
import Workforce
@testable import RotaCheck

@Suite("Consecutive nights and working days")
struct SequencesTests {
    @Test("sequence.nights: two nights carried in plus three in December make five in a row; the most is 4")
    func nightsAcrossBoundary() {
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(29, month: 11), shiftCode: "N"),
                       Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "N")]
        let rota = Fixture.rota(Fixture.shifts("A01", "N", days: 1...3) + Fixture.shifts("A02", "N", days: 10...13))
        let breaches = Fixture.check(Fixture.hub(carryIn: carryIn), rota).violations(of: .consecutiveNights)

        // Amy: 29 Nov to 3 Dec is 5 nights, first too many on the 3rd. Beth: 4 nights, the limit.
        #expect(breaches.count == 1)
        #expect(breaches.first?.date == Fixture.date(3))
        #expect(breaches.first?.message
            == "Amy Adams (A01) works nights on 5 dates in a row, 2026-11-29 to 2026-12-03; the most allowed is 4 (local rule).")
    }

    @Test("sequence.working_days: seven dates in a row break the limit of 6, in the month or across it")
    func workingDays() {
        let carryIn = Fixture.shifts("A02", "D", days: 26...30).map {
            Assignment(amhpID: $0.0, date: Fixture.date($0.1, month: 11), shiftCode: $0.2)
        }
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: 1...7) + Fixture.shifts("A01", "D", days: 14...19)
                                + Fixture.shifts("A02", "L", days: 1...2))
        let breaches = Fixture.check(Fixture.hub(carryIn: carryIn), rota).violations(of: .consecutiveWorkingDays)

        // Amy 1-7 Dec: 7 dates, first too many on the 7th; 14-19 Dec is 6, fine.
        // Beth 26 Nov to 2 Dec: 7 dates, first too many on the 2nd.
        #expect(breaches.map(\.amhpID) == ["A02", "A01"])
        #expect(breaches.map(\.date) == [Fixture.date(2), Fixture.date(7)])
        #expect(breaches[1].message
            == "Amy Adams (A01) works on 7 dates in a row, 2026-12-01 to 2026-12-07; the most allowed is 6 (local rule).")
    }

    @Test("sequence.working_days: a day before the month with no carry-in row is a day off")
    func gapInCarryIn() {
        // Carry-in on 27, 28 and 30 November (not the 29th), then 1-4 December: the run is 30 Nov to 4 Dec, 5 dates.
        let carryIn = [27, 28, 30].map { Assignment(amhpID: "A01", date: Fixture.date($0, month: 11), shiftCode: "D") }
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: 1...4))
        let report = Fixture.check(Fixture.hub(carryIn: carryIn), rota)
        #expect(report.violations(of: .consecutiveWorkingDays).isEmpty)
        #expect(report.violations(of: .consecutiveNights).isEmpty)
    }
}
