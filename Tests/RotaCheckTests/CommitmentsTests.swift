import Testing
import Workforce
@testable import RotaCheck

/// December 2026 has 21 working weekdays (23 weekdays less Christmas Day and the substitute Boxing Day),
/// so 1.0 FTE owes 7.4 × 21 = 155.4 hours.
@Suite("Contracted hours, TOIL and NHS commitments")
struct CommitmentsTests {
    /// Amy, 1.0 FTE, on leave Mon 21 to Thu 24 Dec (4 working weekdays): 7.4 × 17 = 125.8 h; 16 h TOIL to plan back.
    /// Beth, 0.5 FTE: 0.5 × 7.4 × 21 = 77.7 h; 10 h TOIL to plan back. Cara, 1.0 FTE: 155.4 h, no TOIL.
    var hub: Hub {
        let beth = Fixture.amhp("A02", "Beth Brown", employment: .localAuthority(fte: 0.5))
        return Fixture.hub([Fixture.amy, beth, Fixture.cara],
                           absences: [Absence(amhpID: "A01", kind: .annual, dates: Fixture.range(Fixture.date(21), Fixture.date(24)))],
                           toil: [TOILPlan(amhpID: "A01", balanceHours: 20, planBackHours: 16),
                                  TOILPlan(amhpID: "A02", balanceHours: 10, planBackHours: 10)])
    }

    /// Amy 13 days (104 h), Beth 9 days (72 h), Cara 20 days (160 h).
    var rota: Rota {
        Fixture.rota(Fixture.shifts("A01", "D", days: 1...13) + Fixture.shifts("A02", "L", days: 1...9)
                     + Fixture.shifts("A03", "D", days: 1...20))
    }

    @Test("Contracted hours follow MonthlyCommitment: leave removes working weekdays")
    func contractedHours() {
        let people = Fixture.check(hub, rota).people
        #expect(people.map(\.amhpID) == ["A01", "A02", "A03"])
        #expect(isClose(people[0].contractedHours ?? 0, 125.8))
        #expect(isClose(people[1].contractedHours ?? 0, 77.7))
        #expect(isClose(people[2].contractedHours ?? 0, 155.4))
        #expect(people.map(\.rosteredHours) == [104, 72, 160])
        #expect(people.allSatisfy { $0.committedShifts == nil })
    }

    @Test("contracted_hours_over: Cara 160 − 155.4 = 4.6 h over × 30 = 138")
    func hoursOver() {
        let report = Fixture.check(hub, rota)
        #expect(report.violations(of: .contractedHoursOver).map(\.amhpID) == ["A03"])
        #expect(isClose(report.penalty(.contractedHoursOver), 138))
        #expect(report.violations(of: .contractedHoursOver).first?.message
            == "Cara Cole (A03) is rostered 160.0 hours against 155.4 contracted: 4.6 hours over (penalty 138).")
    }

    @Test("contracted_hours_under: Amy 125.8 − 16 TOIL − 104 = 5.8 h × 10 = 58; Beth 77.7 − 10 − 72 < 0")
    func hoursUnder() {
        let report = Fixture.check(hub, rota)
        #expect(report.violations(of: .contractedHoursUnder).map(\.amhpID) == ["A01"])
        #expect(isClose(report.penalty(.contractedHoursUnder), 58))
    }

    @Test("toil_not_planned: Beth plans back min(10, 77.7 − 72 = 5.7), so 4.3 h × 12 = 51.6; Amy plans all 16")
    func toilNotPlanned() {
        let report = Fixture.check(hub, rota)
        #expect(report.violations(of: .toilNotPlanned).map(\.amhpID) == ["A02"])
        #expect(isClose(report.penalty(.toilNotPlanned), 51.6))
        #expect(report.people.map(\.toilPlanBackHours) == [16, 10, 0])
        #expect(isClose(report.people[0].toilPlannedHours, 16))
        #expect(isClose(report.people[1].toilPlannedHours, 5.7))
        #expect(report.violations(of: .toilNotPlanned).first?.message
            == "Beth Brown (A02) has 10.0 hours of TOIL to plan back, but rostered 72.0 of 77.7 contracted hours leaves room for only 5.7: 4.3 hours not planned (penalty 51.6).")
    }

    @Test("LA keys are 0 when rostered = contracted − TOIL: Cara 19 × 8 = 152 = 155.4 − 3.4")
    func laZero() {
        let hub = Fixture.hub([Fixture.cara], toil: [TOILPlan(amhpID: "A03", balanceHours: 3.4, planBackHours: 3.4)])
        let report = Fixture.check(hub, Fixture.rota(Fixture.shifts("A03", "D", days: 1...19)))
        for rule in [SoftRule.contractedHoursOver, .contractedHoursUnder, .toilNotPlanned] {
            #expect(report.violations(of: rule).isEmpty)
            #expect(report.penalty(rule) == 0)
        }
    }

    @Test("nhs_shifts_under: Dev agreed 6 a month, on leave 21-31 Dec, so owes 6 × 20 / 31; 2 rostered")
    func nhsUnder() {
        // committed = 6 × 20 / 31 = 3.8710; under = 1.8710 shifts × 150 = 280.65.
        let dev = Fixture.amhp("A04", "Dev Das", employment: .nhs(trust: "Mersey Care", shiftsPerMonth: 6))
        let hub = Fixture.hub([dev], absences: [Absence(amhpID: "A04", kind: .annual, dates: Fixture.range(Fixture.date(21), Fixture.date(31)))],
                              toil: [TOILPlan(amhpID: "A04", balanceHours: 8, planBackHours: 8)])
        let report = Fixture.check(hub, Fixture.rota([("A04", 3, "D"), ("A04", 10, "D")]))

        #expect(isClose(report.people[0].committedShifts ?? 0, 6.0 * 20 / 31))
        #expect(report.people[0].contractedHours == nil)
        #expect(isClose(report.penalty(.nhsShiftsUnder), 150 * (6.0 * 20 / 31 - 2)))
        #expect(report.violations(of: .nhsShiftsUnder).first?.message
            == "Dev Das (A04) (Mersey Care) owes 3.87 shifts this month (6 agreed × 20 available of 31 days) but is rostered 2: 1.87 under (penalty 280.65).")
        // NHS TOIL is taken back in the NHS role: reported, never planned or penalised here.
        #expect(report.people[0].toilPlanBackHours == 8)
        #expect(report.people[0].toilPlannedHours == 0)
        #expect(report.penalty(.toilNotPlanned) == 0)
    }

    @Test("nhs_shifts_over: Beth agreed 4 and has 6 = 2 × 120; Amy agreed 4 and has 4 = 0")
    func nhsOver() {
        let amy = Fixture.amhp("A01", "Amy Adams", employment: .nhs(trust: "Mersey Care", shiftsPerMonth: 4))
        let beth = Fixture.amhp("A02", "Beth Brown", employment: .nhs(trust: "Pennine Care", shiftsPerMonth: 4))
        let rota = Fixture.rota(Fixture.shifts("A01", "D", days: [1, 8, 15, 22]) + Fixture.shifts("A02", "L", days: [1, 3, 5, 7, 9, 11]))
        let report = Fixture.check(Fixture.hub([amy, beth]), rota)

        #expect(report.violations(of: .nhsShiftsOver).map(\.amhpID) == ["A02"])
        #expect(isClose(report.penalty(.nhsShiftsOver), 240))
        #expect(report.penalty(.nhsShiftsUnder) == 0)
        #expect(report.penalty(.contractedHoursUnder) == 0)
    }
}
