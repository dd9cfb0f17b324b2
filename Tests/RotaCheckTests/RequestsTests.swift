import Testing
import Workforce
@testable import RotaCheck

@Suite("Requests")
struct RequestsTests {
    @Test("request_not_met: each unmet request in the month costs 15 × its weight")
    func requests() {
        let requests = [
            ShiftRequest(amhpID: "A01", date: Fixture.date(24), shiftCode: nil, preference: .avoid, weight: 5),  // day off: unmet
            ShiftRequest(amhpID: "A01", date: Fixture.date(3), shiftCode: "L", preference: .want, weight: 2),    // met
            ShiftRequest(amhpID: "A01", date: Fixture.date(10), shiftCode: "N", preference: .want, weight: 3),   // D instead: unmet
            ShiftRequest(amhpID: "A02", date: Fixture.date(5), shiftCode: "N", preference: .avoid, weight: 4),   // on D: met
            ShiftRequest(amhpID: "A02", date: Fixture.date(6), shiftCode: nil, preference: .want, weight: 1),    // off: unmet
            ShiftRequest(amhpID: "A02", date: Fixture.date(30, month: 11), shiftCode: nil, preference: .want, weight: 10), // not this month
        ]
        let rota = Fixture.rota([("A01", 24, "D"), ("A01", 3, "L"), ("A01", 10, "D"), ("A02", 5, "D")])
        let report = Fixture.check(Fixture.hub(requests: requests), rota)

        // 15 × (5 + 3 + 1) = 135.
        let unmet = report.violations(of: .requestNotMet)
        #expect(unmet.map(\.penalty) == [75, 45, 15])
        #expect(report.penalty(.requestNotMet) == 135)
        #expect(unmet[0].message
            == "Amy Adams (A01) asked for Thu 2026-12-24 off (weight 5) but is rostered on the Day (D, 09:00-17:00) (penalty 75).")
        #expect(unmet[2].message
            == "Beth Brown (A02) asked to work on Sun 2026-12-06 (weight 1) but is not rostered that day (penalty 15).")
        #expect(report.people.map(\.requestsMet) == [1, 1])
        #expect(report.people.map(\.requestsMissed) == [2, 1])
    }

    @Test("request_not_met: honoured requests cost nothing")
    func allMet() {
        let requests = [
            ShiftRequest(amhpID: "A01", date: Fixture.date(24), shiftCode: nil, preference: .avoid, weight: 10),
            ShiftRequest(amhpID: "A01", date: Fixture.date(26), shiftCode: "D", preference: .avoid, weight: 10),
            ShiftRequest(amhpID: "A02", date: Fixture.date(26), shiftCode: "N", preference: .want, weight: 10),
        ]
        let report = Fixture.check(Fixture.hub(requests: requests), Fixture.rota([("A01", 26, "L"), ("A02", 26, "N")]))
        #expect(report.violations(of: .requestNotMet).isEmpty)
        #expect(report.penalty(.requestNotMet) == 0)
    }
}
