import Testing
import Workforce
@testable import RotaCheck

@Suite("Rota rows the checker cannot read")
struct RotaRowsTests {
    @Test("An unknown AMHP, an unknown shift and a date outside the month are each a hard error, and count for nothing else")
    func unreadableRows() {
        let hub = Fixture.hub(cover: Fixture.cover([CoverRule(dayType: .weekday, shiftCode: "D", minimum: 2, target: 2,
                                                              coordinatorRequired: false)]))
        let rota = Rota(month: Fixture.december, assignments: [
            Assignment(amhpID: "X99", date: Fixture.date(3), shiftCode: "D"),
            Assignment(amhpID: "A01", date: Fixture.date(3), shiftCode: "Q"),
            Assignment(amhpID: "A02", date: Fixture.date(30, month: 11), shiftCode: "D"),
            Assignment(amhpID: "A02", date: Fixture.date(3), shiftCode: "D"),
        ])
        let report = Fixture.check(hub, rota)

        #expect(report.hardViolations.map(\.rule) == ["rota.unknown_amhp", "rota.unknown_shift", "rota.date_outside_month"])
        #expect(report.hardViolations.map(\.date) == [Fixture.date(3), Fixture.date(3), Fixture.date(30, month: 11)])
        #expect(report.hardViolations[0].message
            == "The rota names an AMHP \"X99\" on 2026-12-03 (shift D) who is not in the hub's list of AMHPs.")
        #expect(report.hardViolations[1].message
            == "The rota gives Amy Adams (A01) a shift \"Q\" on 2026-12-03 that is not one of the hub's shift types (D, L, N).")
        // Only Beth's row on the 3rd counts: the D shift on Thursday 3 December has 1 of its minimum 2.
        let thirdDay = report.coverage.first { $0.date == Fixture.date(3) && $0.shiftCode == "D" }
        #expect(thirdDay?.assigned == 1)
        #expect(report.people.map(\.shifts) == [0, 1])
    }

    @Test("Rows naming known AMHPs and shifts in the month raise no row error")
    func readableRows() {
        let report = Fixture.check(Fixture.hub(), Fixture.rota([("A01", 1, "D"), ("A02", 31, "N")]))
        #expect(report.hardViolations.isEmpty)
    }
}
