import Testing
import Workforce
@testable import RotaCheck

/// The rules of issue 20 in the checker: a maximum per shift, duty for LA AMHPs only and counting
/// towards no cover, a fair share of rota shifts, and the cost of unsocial hours. December 2026.
@Suite("Surplus hours, maximum and unsocial hours")
struct SurplusTests {
    static let duty = ShiftType(code: "W", name: "Weekday duty", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false, kind: .duty)
    static let nia = Fixture.amhp("N01", "Nia Nolan", employment: .nhs(trust: "Northshire Trust", shiftsPerMonth: 0))
    static let shifts = Fixture.shiftTypes + [duty]
    /// Weekday day shifts want 1 and take at most 2; weekday duty takes at most 2.
    static let cover = Fixture.cover([
        CoverRule(dayType: .weekday, shiftCode: "D", minimum: 0, target: 1, maximum: 2, coordinatorRequired: false),
        CoverRule(dayType: .weekday, shiftCode: "W", minimum: 0, target: 0, maximum: 2, coordinatorRequired: false),
    ], shifts: shifts)

    static func hub(rules: HubRules = HubRules()) -> Hub {
        Fixture.hub([Fixture.amy, Fixture.beth, Fixture.cara, nia], shifts: shifts, cover: cover, rules: rules)
    }

    @Test("cover.maximum: three on a day shift whose maximum is 2 is one hard violation")
    func overMaximum() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 1, "D"), ("A02", 1, "D"), ("A03", 1, "D")]))
        let breaches = report.violations(of: .hard(.coverMaximum))
        #expect(breaches.count == 1)
        #expect(breaches.first?.message == "The Day (D, 09:00-17:00) on Tue 2026-12-01 has 3 AMHPs counting towards cover; the maximum is 2 (cover.csv).")
        #expect(report.coverage.first { $0.date == Fixture.date(1) && $0.shiftCode == "D" }?.maximum == 2)
    }

    @Test("cover.maximum: two on it is lawful, and a shift with no row takes one above its target 0")
    func atMaximum() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 1, "D"), ("A02", 1, "D"), ("A03", 1, "L")]))
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        // Amy and Beth are one above the day's target 1, Cara on the late (target 0) one above: 2 × 500,
        // and none over a maximum (2 on the day, the default 1 on the late).
        #expect(report.penalty(.coverAboveTarget) == 1000)
    }

    @Test("eligibility.duty: an NHS AMHP on duty breaks it; an LA AMHP on duty does not")
    func dutyIsForLAAMHPs() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("N01", 2, "W"), ("A01", 2, "W")]))
        #expect(report.hardViolations.map(\.amhpID) == ["N01"])
        #expect(report.hardViolations.first?.message
            == "Nia Nolan (N01) is employed by Northshire Trust but is on the Weekday duty (W, 09:00-17:00) on Wed 2026-12-02: duty is for LA AMHPs.")
    }

    @Test("duty counts towards contracted hours but no cover rule, and the cap is a maximum")
    func dutyCountsTowardsHoursNotCover() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 2, "W"), ("A02", 2, "W"), ("A03", 2, "W")]))
        #expect(report.violations(of: .hard(.coverMaximum)).map(\.message)
            == ["The Weekday duty (W, 09:00-17:00) on Wed 2026-12-02 has 3 AMHPs on duty; the cap is 2 (cover.csv)."])
        #expect(report.penalty(.coverAboveTarget) == 0)
        let amy = report.people.first { $0.amhpID == "A01" }
        #expect(amy?.dutyShifts == 1 && amy?.dutyHours == 8 && amy?.rosteredHours == 8 && amy?.rotaShifts == 0)
        // Duty lines are in the coverage, marked, and never short.
        #expect(report.coverage.filter(\.isDuty).count == 31)
        #expect(report.coverMetFraction == 1)
    }

    @Test("unfair_rota_shifts: Amy 2 day shifts, Beth and Cara none: each pays their distance from 2/3")
    func unfairRotaShifts() {
        let rules = Fixture.rules { $0.weights = ObjectiveWeights(); $0.weights[.unfairRotaShifts] = 10 }
        let report = Fixture.check(Self.hub(rules: rules), Fixture.rota([("A01", 1, "D"), ("A01", 2, "D"), ("N01", 3, "D")]))
        let breaches = report.violations(of: .soft(.unfairRotaShifts))
        // Pool: Amy, Beth, Cara (Nia is NHS). Shares 2/3 each: 4/3 + 2/3 + 2/3 = 8/3 away.
        #expect(breaches.map(\.amhpID) == ["A01", "A02", "A03"])
        #expect(abs(report.penalty(.unfairRotaShifts) - 10 * 8.0 / 3) < 1e-9)
    }

    @Test("unfair_rota_shifts: one each is fair, and duty does not count")
    func fairRotaShifts() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 1, "D"), ("A02", 2, "D"), ("A03", 3, "D"), ("A01", 4, "W")]))
        #expect(report.violations(of: .soft(.unfairRotaShifts)).isEmpty)
    }

    @Test("unsocial_hours_cost: a Saturday day at time and a half and a Sunday night crossing into Monday")
    func unsocialHoursCost() {
        // Saturday 5th, 09:00-17:00: 8 h × 0.5 = 4 paid hours. Sunday 6th 21:00 to Monday 09:00:
        // Sunday 21-24 at time and a half (1.5) + Monday 00-06 at a third (2) = 3.5. 7.5 × £22.87 = £171.53.
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 5, "D"), ("A01", 6, "N")]))
        let breaches = report.violations(of: .soft(.unsocialHoursCost))
        let pounds = 7.5 * EnhancementRates.njc.hourlyPay
        #expect(breaches.count == 1)
        #expect(abs((report.people.first { $0.amhpID == "A01" }?.enhancement ?? 0) - pounds) < 1e-9)
        #expect(abs(report.penalty(.unsocialHoursCost) - 0.05 * pounds) < 1e-9)
        #expect(breaches.first?.message.hasPrefix("Amy Adams (A01)'s 2 shifts carry £171.5") == true)
        #expect(breaches.first?.message.hasSuffix("of enhancement for unsocial hours (penalty 8.58).") == true)
    }

    @Test("unsocial_hours_cost: weekday day shifts and duty cost nothing")
    func noUnsocialHours() {
        let report = Fixture.check(Self.hub(), Fixture.rota([("A01", 1, "D"), ("A02", 2, "W")]))
        #expect(report.violations(of: .soft(.unsocialHoursCost)).isEmpty)
        #expect(report.people.allSatisfy { $0.enhancement == 0 })
    }
}
