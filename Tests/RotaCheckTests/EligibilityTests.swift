import Testing
import Workforce
@testable import RotaCheck

@Suite("Eligibility: warrant, leave, nights, coordinator role")
struct EligibilityTests {
    @Test("eligibility.approval: not before or after the warrant, not while suspended; a trainee needs no warrant")
    func approval() {
        let amy = Fixture.amhp("A01", "Amy Adams", approval: Fixture.range(Fixture.date(1, month: 1, year: 2022), Fixture.date(10)))
        let beth = Fixture.amhp("A02", "Beth Brown", suspensions: [Fixture.range(Fixture.date(5), Fixture.date(6))],
                                isPracticeEducator: true)
        let cara = Fixture.amhp("A03", "Cara Cole", educatorID: "A02")
        let rota = Fixture.rota([("A01", 10, "D"), ("A01", 11, "D"), ("A02", 5, "D"), ("A02", 7, "D"),
                                 ("A03", 7, "D")])
        let report = Fixture.check(Fixture.hub([amy, beth, cara]), rota)

        // Amy's warrant ends on the 10th, so the 11th breaks; Beth is suspended on the 5th; Cara is a trainee.
        let breaches = report.violations(of: .approval)
        #expect(breaches.map(\.amhpID) == ["A02", "A01"])
        #expect(breaches.map(\.date) == [Fixture.date(5), Fixture.date(11)])
        #expect(breaches[1].message
            == "Amy Adams (A01) is rostered on the Day (D, 09:00-17:00) on Fri 2026-12-11 but the approval (warrant) ended on 2026-12-10 (MHA 1983 s.114).")
        #expect(breaches[0].message.contains("is suspended from 2026-12-05 to 2026-12-06"))
    }

    @Test("eligibility.approval: a suspended trainee may not be rostered")
    func suspendedTrainee() {
        let beth = Fixture.amhp("A02", "Beth Brown", isPracticeEducator: true)
        let cara = Fixture.amhp("A03", "Cara Cole", suspensions: [Fixture.range(Fixture.date(1), Fixture.date(31))], educatorID: "A02")
        let report = Fixture.check(Fixture.hub([beth, cara]), Fixture.rota([("A02", 7, "D"), ("A03", 7, "D")]))
        #expect(report.violations(of: .approval).map(\.amhpID) == ["A03"])
    }

    @Test("eligibility.absence: nobody is rostered on a day of leave")
    func absence() {
        let leave = Absence(amhpID: "A02", kind: .annual, dates: Fixture.range(Fixture.date(8), Fixture.date(12)))
        let rota = Fixture.rota([("A02", 7, "D"), ("A02", 8, "L"), ("A01", 8, "D")])
        let report = Fixture.check(Fixture.hub(absences: [leave]), rota)

        let breaches = report.violations(of: .absence)
        #expect(breaches.count == 1)
        #expect(breaches.first?.message
            == "Beth Brown (A02) is rostered on the Late (L, 13:00-21:00) on Tue 2026-12-08 but is on annual leave from 2026-12-08 to 2026-12-12.")
    }

    @Test("eligibility.absence: shifts either side of the leave are fine")
    func absenceZero() {
        let leave = Absence(amhpID: "A02", kind: .sickness, dates: Fixture.range(Fixture.date(8), Fixture.date(12)))
        let report = Fixture.check(Fixture.hub(absences: [leave]), Fixture.rota([("A02", 7, "D"), ("A02", 13, "D")]))
        #expect(report.violations(of: .absence).isEmpty)
    }

    @Test("eligibility.nights: no nights for those who do not work them, only nights for night-only staff")
    func nights() {
        let amy = Fixture.amhp("A01", "Amy Adams", nights: .no)
        let beth = Fixture.amhp("A02", "Beth Brown", nights: .only)
        let rota = Fixture.rota([("A01", 3, "N"), ("A01", 5, "D"), ("A02", 3, "D"), ("A02", 5, "N")])
        let breaches = Fixture.check(Fixture.hub([amy, beth]), rota).violations(of: .nights)

        #expect(breaches.map(\.amhpID) == ["A01", "A02"])
        #expect(breaches.map(\.shiftCode) == ["N", "D"])
        #expect(breaches[0].message
            == "Amy Adams (A01) does not work nights but is rostered on the Night (N, 21:00-09:00) on Thu 2026-12-03 (local agreement).")
        #expect(breaches[1].message.hasPrefix("Beth Brown (A02) works only nights but is rostered on the Day"))
    }

    @Test("coordinator.eligible: the coordinator marked on a shift can coordinate that kind of shift")
    func coordinatorRole() {
        let amy = Fixture.amhp("A01", "Amy Adams", coordinatesDays: true)
        let beth = Fixture.amhp("A02", "Beth Brown", isPracticeEducator: true)
        let cara = Fixture.amhp("A03", "Cara Cole", educatorID: "A02")
        let rota = Rota(month: Fixture.december, assignments: [
            Assignment(amhpID: "A01", date: Fixture.date(3), shiftCode: "D", isCoordinator: true),
            Assignment(amhpID: "A01", date: Fixture.date(5), shiftCode: "N", isCoordinator: true),
            Assignment(amhpID: "A02", date: Fixture.date(7), shiftCode: "D"),
            Assignment(amhpID: "A03", date: Fixture.date(7), shiftCode: "D", isCoordinator: true),
        ])
        let breaches = Fixture.check(Fixture.hub([amy, beth, cara]), rota).violations(of: .coordinatorEligible)

        // Amy coordinates days only, so the night of the 5th breaks; Cara is a trainee.
        #expect(breaches.map(\.amhpID) == ["A01", "A03"])
        #expect(breaches[0].message
            == "Amy Adams (A01) is marked as coordinator of the Night (N, 21:00-09:00) on Sat 2026-12-05 but cannot coordinate night shifts (Service Standard 2.1).")
        #expect(breaches[1].message.contains("is a trainee, who cannot coordinate"))
    }
}
