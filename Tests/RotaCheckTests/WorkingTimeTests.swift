import Testing
import Workforce
@testable import RotaCheck

@Suite("Working time")
struct WorkingTimeTests {
    @Test("working_time.average_48: 27 eight-hour shifts (216 h) pass 48 × 31 / 7 = 212.57 h unless opted out")
    func fortyEightHourWeek() {
        let beth = Fixture.amhp("A02", "Beth Brown", optedOut: true)
        let workingDays = Array(1...27)
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: workingDays) + Fixture.shifts("A02", "D", days: workingDays)
                                + Fixture.shifts("A03", "D", days: 1...26))
        let breaches = Fixture.check(Fixture.hub([Fixture.amy, beth, Fixture.cara]), rota).violations(of: .average48HourWeek)

        // Cara's 26 shifts are 208 hours, under the limit.
        #expect(breaches.map(\.amhpID) == ["A01"])
        #expect(breaches.first?.message
            == "Amy Adams (A01) is rostered 216.0 hours in 2026-12; without an opt-out the most is 48 × 31 / 7 = 212.6 hours (WTR 1998 reg. 4).")
    }

    @Test("working_time.average_48: off in the rules file, nobody is held to it")
    func fortyEightHourWeekOff() {
        let rules = Fixture.rules { $0.workingTime.average48HourWeek = false }
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: 1...27))
        #expect(Fixture.check(Fixture.hub(rules: rules), rota).violations(of: .average48HourWeek).isEmpty)
    }

    @Test("working_time.night_worker: anyone with a night works at most 8 × 31 = 248 hours")
    func nightWorker() {
        let amy = Fixture.amhp("A01", "Amy Adams", optedOut: true)
        let beth = Fixture.amhp("A02", "Beth Brown", optedOut: true)
        let cara = Fixture.amhp("A03", "Cara Cole", optedOut: true)
        // Amy: 20 nights (240 h) + 1 day (8 h) = 248 h, at the limit; one more day is 256 h.
        // Beth: 31 days, 248 h, no night. Cara: 21 nights, 252 h.
        let rota = Fixture.rota(Fixture.shifts("A01", "N", days: 1...20) + Fixture.shifts("A01", "D", days: 22...22)
                                + Fixture.shifts("A02", "D", days: 1...31) + Fixture.shifts("A03", "N", days: 1...21))
        let breaches = Fixture.check(Fixture.hub([amy, beth, cara]), rota).violations(of: .nightWorkerHours)
        #expect(breaches.map(\.amhpID) == ["A03"])
        #expect(breaches.first?.message
            == "Cara Cole (A03) works nights and is rostered 252.0 hours in 2026-12; a night worker may work at most 8 × 31 = 248.0 hours (WTR 1998 reg. 6).")

        let oneMore = Rota(month: Fixture.december, assignments: rota.assignments + [Assignment(amhpID: "A01", date: Fixture.date(24), shiftCode: "D")])
        #expect(Fixture.check(Fixture.hub([amy, beth, cara]), oneMore).violations(of: .nightWorkerHours).map(\.amhpID) == ["A01", "A03"])
    }
}
