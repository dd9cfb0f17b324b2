import Testing
import Workforce
@testable import RotaCheck

/// The quality section on hand-made rotas: a stacked Sunday night, duty, idle AMHPs and the
/// enhancement, every figure worked by hand; and the zero case, with nothing over target and nobody idle.
///
/// Pay is made round: LA £20 an hour (nights +50%, Sundays +100%), NHS £30 (nights +30%, Sundays
/// +60%), night hours for pay 20:00 to 06:00. A Sunday night 21:00-09:00 is 3 Sunday-night hours,
/// 6 Monday-night hours and 3 ordinary ones: LA (3 × 1.0 + 6 × 0.5) × £20 = £120; NHS
/// (3 × 0.6 + 6 × 0.3) × £30 = £108.
@Suite("RotaQuality")
struct RotaQualityTests {
    static let duty = ShiftType(code: "DT", name: "Weekday duty", start: Fixture.day.start, end: Fixture.day.end, isNight: false, kind: .duty)
    static let shifts = [Fixture.day, Fixture.night, duty]

    /// Weekday days need 1 (at most 2), Sunday nights 2 (at most 4), weekday duty up to 2 a day;
    /// every other shift asks for nobody.
    static let cover = Fixture.cover([
        CoverRule(dayType: .weekday, shiftCode: "D", minimum: 1, target: 1, maximum: 2, coordinatorRequired: false, secondWorkerAvailable: true),
        CoverRule(dayType: .sunday, shiftCode: "N", minimum: 2, target: 2, maximum: 4, coordinatorRequired: false),
        CoverRule(dayType: .weekday, shiftCode: "DT", minimum: 0, target: 0, maximum: 2, coordinatorRequired: false),
    ], shifts: shifts)

    static func rules(_ change: (inout HubRules) -> Void = { _ in }) -> HubRules {
        Fixture.rules { rules in
            rules.unsocialHours.localAuthority = EnhancementRates(hourlyPay: 20, night: 0.5, saturday: 0.5, sunday: 1, bankHoliday: 1)
            rules.unsocialHours.nhs = EnhancementRates(hourlyPay: 30, night: 0.3, saturday: 0.3, sunday: 0.6, bankHoliday: 0.6)
            change(&rules)
        }
    }

    static func leave(_ id: String, from first: Int) -> Absence {
        Absence(amhpID: id, kind: .annual, dates: Fixture.range(Fixture.date(first), Fixture.date(31)))
    }

    let nia = Fixture.amhp("A05", "Nia Noor", employment: .nhs(trust: "Wyvern Trust", shiftsPerMonth: 4))
    let erin = Fixture.amhp("A06", "Erin Evans")

    /// Amy and Beth (LA, on leave from the 8th: 5 working weekdays, 37 hours) work a weekday day each
    /// and, with Nia (NHS), the Sunday night of the 6th: 3 on a target of 2. Dev (LA, on leave from
    /// the 3rd: 14.8 hours) is on duty on the 1st and 2nd and on no rota shift; Erin is on leave all month.
    var stacked: (hub: Hub, rota: Rota) {
        let hub = Fixture.hub([Fixture.amy, Fixture.beth, nia, Fixture.dev, erin], shifts: Self.shifts, cover: Self.cover,
                              absences: [Self.leave("A01", from: 8), Self.leave("A02", from: 8), Self.leave("A04", from: 3),
                                         Self.leave("A06", from: 1)],
                              rules: Self.rules())
        let rota = Fixture.rota([("A01", 1, "D"), ("A02", 2, "D"), ("A04", 1, "DT"), ("A04", 2, "DT"),
                                 ("A01", 6, "N"), ("A02", 6, "N"), ("A05", 6, "N")])
        return (hub, rota)
    }

    @Test("A stacked Sunday night: 1 shift and 1 AMHP over target, the busiest shift, 12 hours above target")
    func stackedShift() {
        let (hub, rota) = stacked
        let report = Fixture.check(hub, rota)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        let quality = RotaQuality(report: report, hub: hub)

        #expect(quality.shiftsOverTarget.map(\.date) == [Fixture.date(6)])
        #expect(quality.shiftsOverTarget.map(\.shiftCode) == ["N"])
        #expect(quality.shiftsOverTarget.first?.maximum == 4)
        #expect(quality.peopleOverTarget == 1)
        #expect(quality.shiftsOverMaximum == 0)
        #expect(quality.busiest == RotaQuality.Busiest(date: Fixture.date(6), shiftCode: "N", assigned: 3, target: 2))
        #expect(quality.weightWarning == nil, "the default weights make stacking cost more than it earns")
    }

    /// Amy and Beth: 37 − 20 rota hours = 17 each, unplanned. Dev: 14.8 not on the rota, on duty for
    /// 16, 1.2 over contract. Erin has no contracted hours. Nia (NHS) has no surplus.
    @Test("Surplus hours: 48.8 not on rota shifts; 16 on duty, 34 unplanned, 12 above target, 1.2 over contract")
    func surplusHours() {
        let (hub, rota) = stacked
        let surplus = RotaQuality(report: Fixture.check(hub, rota), hub: hub).surplus
        #expect(isClose(surplus.total, 48.8))
        #expect(isClose(surplus.onDuty, 16))
        #expect(isClose(surplus.unplanned, 34))
        #expect(isClose(surplus.aboveTarget, 12))
        #expect(isClose(surplus.overContract, 1.2))
    }

    @Test("Enhancement: £120 each for Amy and Beth, £108 for Nia; by employer in hub order")
    func enhancement() {
        let (hub, rota) = stacked
        let quality = RotaQuality(report: Fixture.check(hub, rota), hub: hub)
        #expect(isClose(quality.enhancementCost, 348))
        #expect(quality.enhancementByEmployer.map(\.employer) == ["LA", "Wyvern Trust"])
        #expect(quality.enhancementByEmployer.map(\.pounds).map { ($0 * 100).rounded() / 100 } == [240, 108])
    }

    @Test("The section in words, as every report prints it")
    func lines() {
        let (hub, rota) = stacked
        #expect(RotaQuality(report: Fixture.check(hub, rota), hub: hub).lines == [
            "Shifts over target: 1, with 1 AMHP above target in all; the worst: N Sun 2026-12-06, 3 on a target of 2.",
            "Most people on one shift: 3, on N Sun 2026-12-06 (target 2).",
            "Surplus hours (LA contracted hours not needed on rota shifts): 48.8, of which 16.0 on duty and 34.0 unplanned; "
                + "12.0 hours on shifts above target; 1.2 hours over contract.",
            "AMHPs with no rota shift: 2.",
            "  Dev Das (A04): on duty for all 2 of their shifts: the rota's shifts were filled by others (see unfair_rota_shifts).",
            "  Erin Evans (A06): not available on any day of the month (leave, absence, suspension or no warrant in force).",
            "Enhancement for unsocial hours: £348.00 (LA £240.00; Wyvern Trust £108.00).",
        ])
    }

    @Test("Each reason for having no rota shift, most telling first")
    func idleReasons() {
        let tara = Fixture.amhp("T01", "Tara Tait", educatorID: "A01")
        let nina = Fixture.amhp("A07", "Nina Nash", employment: .nhs(trust: "Wyvern Trust", shiftsPerMonth: 0))
        let finn = Fixture.amhp("A08", "Finn Ford")
        let hub = Fixture.hub([Fixture.amy, Fixture.dev, erin, tara, nina, finn], shifts: Self.shifts, cover: Self.cover,
                              absences: [Self.leave("A06", from: 1)], rules: Self.rules())
        let rota = Fixture.rota([("A01", 1, "D"), ("A04", 2, "DT")])
        let idle = RotaQuality(report: Fixture.check(hub, rota), hub: hub).idle
        #expect(idle.map(\.amhpID) == ["A04", "A06", "T01", "A07", "A08"])
        #expect(idle.map(\.reason) == [
            "on duty for all 1 of their shifts: the rota's shifts were filled by others (see unfair_rota_shifts)",
            "not available on any day of the month (leave, absence, suspension or no warrant in force)",
            "a trainee, who works only alongside their practice educator",
            "an NHS AMHP with no agreed shifts",
            "available on 31 days but given no shift: the rota did not need them",
        ])
    }

    @Test("A shift over its maximum is counted and named as a hard rule; weights that let stacking pay are warned of")
    func overMaximumAndWeights() {
        let rules = Self.rules { $0.weights[.coverAboveTarget] = 100 }
        let hub = Fixture.hub([Fixture.amy, Fixture.beth, Fixture.cara], shifts: Self.shifts, cover: Self.cover, rules: rules)
        let report = Fixture.check(hub, Fixture.rota([("A01", 1, "D"), ("A02", 1, "D"), ("A03", 1, "D")]))
        #expect(report.violations(of: HardRule.coverMaximum).count == 1)
        let quality = RotaQuality(report: report, hub: hub)
        #expect(quality.shiftsOverMaximum == 1)
        #expect(quality.peopleOverTarget == 2)
        #expect(quality.lines.contains("Shifts over their maximum: 1 (a hard rule: see the violations)."))
        let warning = quality.weightWarning ?? ""
        #expect(warning.contains("Set cover_above_target to more than"))
        #expect(quality.lines.last == "Warning: \(warning)")
    }

    /// Amy and Beth work one weekday day each, at target, all month available (155.4 hours each).
    @Test("The zero case: nothing over target, nobody idle, no enhancement")
    func zeroCase() {
        let hub = Fixture.hub([Fixture.amy, Fixture.beth], shifts: Self.shifts, cover: Self.cover, rules: Self.rules())
        let report = Fixture.check(hub, Fixture.rota([("A01", 1, "D"), ("A02", 2, "D")]))
        let quality = RotaQuality(report: report, hub: hub)
        #expect(quality.shiftsOverTarget.isEmpty && quality.peopleOverTarget == 0 && quality.shiftsOverMaximum == 0)
        #expect(quality.idle.isEmpty)
        #expect(quality.enhancementCost == 0)
        #expect(quality.surplus.onDuty == 0 && quality.surplus.aboveTarget == 0 && quality.surplus.overContract == 0)
        #expect(isClose(quality.surplus.total, 2 * (155.4 - 8)) && isClose(quality.surplus.unplanned, quality.surplus.total))
        #expect(quality.lines == [
            "Shifts over target: none.",
            "Most people on one shift: 1, on D Tue 2026-12-01 (target 1).",
            "Surplus hours (LA contracted hours not needed on rota shifts): 294.8, of which 0.0 on duty and 294.8 unplanned; "
                + "0.0 hours on shifts above target; 0.0 hours over contract.",
            "AMHPs with no rota shift: none.",
            "Enhancement for unsocial hours: £0.00.",
        ])
    }

    @Test("An empty rota has no busiest shift")
    func emptyRota() {
        let hub = Fixture.hub([Fixture.amy], shifts: Self.shifts, cover: Self.cover, rules: Self.rules())
        let quality = RotaQuality(report: Fixture.check(hub, Fixture.rota([])), hub: hub)
        #expect(quality.busiest == nil)
        #expect(quality.idle.map(\.amhpID) == ["A01"])
        #expect(!quality.lines.contains { $0.hasPrefix("Most people") })
    }
}
