import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// Walks every hard rule through the three places that keep it: for each, a rota breaking that rule
/// alone is refused by the checker (a violation of that rule and no other), by the model (the rota
/// has no variable there, or fixing the model's variables to it leaves no feasible solution) and by
/// the greedy start (replayed into a `PartialRota`, the breaking shift is refused for that rule).
/// `breach(of:)` names every rule, so a new rule does not compile until it has a case here.
@Suite struct HardRuleWalkTests {
    /// A hub and a rota; `rows` in the order the greedy start is offered them.
    struct Breach {
        var hub: Hub
        var rows: [Assignment]
    }

    static let early = ShiftType(code: "E", name: "Early", start: ClockTime("01:00")!, end: ClockTime("02:00")!, isNight: false)
    static let late = ShiftType(code: "L", name: "Late", start: ClockTime("13:00")!, end: ClockTime("14:00")!, isNight: false)
    static let duty = ShiftType(code: "DT", name: "Duty", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false, kind: .duty)

    /// Amy (LA, coordinates), Beth (no nights, does not coordinate) and Tara (trainee of Amy); no cover
    /// needed, so only the rule under test can object.
    static func hub(amy: AMHP = TestHubs.amhp("A", "Amy", isEducator: true), bethEmployment: Employment = .localAuthority(fte: 1.0),
                    maximum: Int = 2, absences: [Absence] = [], rules: (inout WorkingTimeRules) -> Void = { _ in }) -> Hub {
        var hubRules = HubRules()
        rules(&hubRules.workingTime)
        let shifts = [TestHubs.day, TestHubs.night, early, late, duty]
        // No cover needed, and room for Amy and Beth together on any shift unless `maximum` says otherwise.
        let cover = TestHubs.cover(shifts, minimum: 0, target: 0).map {
            CoverRule(dayType: $0.dayType, shiftCode: $0.shiftCode, minimum: 0, target: 0, maximum: maximum,
                      coordinatorRequired: false, secondWorkerAvailable: true)
        }
        return Hub(amhps: [amy, TestHubs.amhp("B", "Beth", employment: bethEmployment, nights: .no, coordinates: false),
                           TestHubs.amhp("T", "Tara", educator: "A")],
                   shiftTypes: shifts, coverRules: cover,
                   absences: absences, rules: hubRules)
    }

    static func row(_ id: String, _ day: Int, _ shift: String, coordinator: Bool = false) -> Assignment {
        Assignment(amhpID: id, date: TestHubs.date(day), shiftCode: shift, isCoordinator: coordinator)
    }

    /// Amy on `shift` on each of `days`.
    static func amy(_ shift: String, _ days: [Int]) -> [Assignment] { days.map { row("A", $0, shift) } }

    /// Days 1...last, leaving out every `period`-th day (6 on, 1 off for a period of 7).
    static func working(through last: Int, offEvery period: Int) -> [Int] { (1...last).filter { $0 % period != 0 } }

    static func breach(of rule: HardRule) -> Breach {
        switch rule {
        case .unknownAMHP: Breach(hub: hub(), rows: [row("Z", 1, "D")])
        case .unknownShift: Breach(hub: hub(), rows: [row("A", 1, "X")])
        case .dateOutsideMonth:
            Breach(hub: hub(), rows: [Assignment(amhpID: "A", date: LocalDate("2027-01-05")!, shiftCode: "D")])
        case .approval:
            // Amy's warrant ended on 30 November.
            Breach(hub: hub(amy: AMHP(id: "A", name: "Amy", employment: .localAuthority(fte: 1), profession: .socialWorker,
                                      grade: "AMHP", approval: DateRange(first: LocalDate("2021-12-01")!, last: LocalDate("2026-11-30")!),
                                      canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes, isPracticeEducator: true)),
                   rows: [row("A", 1, "D")])
        case .absence:
            Breach(hub: hub(absences: [Absence(amhpID: "A", kind: .annual, dates: DateRange(first: TestHubs.date(1), last: TestHubs.date(1))!)]),
                   rows: [row("A", 1, "D")])
        case .nights: Breach(hub: hub(), rows: [row("B", 1, "N")])
        // Beth works for an NHS trust, whose time off the rota is not the hub's to plan.
        case .duty: Breach(hub: hub(bethEmployment: .nhs(trust: "Trust", shiftsPerMonth: 4)), rows: [row("B", 1, "DT")])
        // Two on a day shift whose maximum is one.
        case .coverMaximum: Breach(hub: hub(maximum: 1), rows: [row("A", 1, "D"), row("B", 1, "D")])
        // An early and a late eleven hours apart: two shifts on one date, rest kept.
        case .oneShiftPerDay: Breach(hub: hub(), rows: [row("A", 1, "E"), row("A", 1, "L")])
        // A night ending 09:00 on the 2nd, then the 09:00 day shift.
        case .dailyRest: Breach(hub: hub(), rows: [row("A", 1, "N"), row("A", 2, "D")])
        case .consecutiveNights: Breach(hub: hub(), rows: amy("N", Array(1...5)))
        // Seven days in a row, with weekly rest counted over a fortnight so that only the run breaks.
        case .consecutiveWorkingDays:
            Breach(hub: hub { $0.weeklyRestWindowDays = 14 }, rows: amy("D", Array(1...7)))
        // Seven days in a row, allowed as a run, but no rest day in the week.
        case .weeklyRest:
            Breach(hub: hub { $0.maximumConsecutiveWorkingDays = 10 }, rows: amy("D", Array(1...7)))
        case .traineeWithEducator: Breach(hub: hub(), rows: [row("T", 1, "D")])
        // Six on, one off: 27 day shifts, 216 hours against 48 × 31 / 7 = 212.6.
        case .average48HourWeek: Breach(hub: hub(), rows: amy("D", working(through: 31, offEvery: 7)))
        // Opted out of the 48-hour week; four nights on, one off to the 26th: 21 nights, 252 hours against 8 × 31 = 248.
        case .nightWorkerHours:
            Breach(hub: hub(amy: AMHP(id: "A", name: "Amy", employment: .localAuthority(fte: 1), profession: .socialWorker,
                                      grade: "AMHP", approval: DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!),
                                      canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes, isPracticeEducator: true,
                                      optedOutOf48HourWeek: true)),
                   rows: amy("N", working(through: 26, offEvery: 5)))
        case .coordinatorEligible: Breach(hub: hub(), rows: [row("A", 1, "D"), row("B", 1, "D", coordinator: true)])
        }
    }

    /// The rota's rows as model positions, or nil when one names an AMHP, shift or date the model does not have.
    static func positions(_ rows: [Assignment], _ instance: RotaInstance) -> [(a: Int, d: Int, s: Int)]? {
        var positions: [(a: Int, d: Int, s: Int)] = []
        for row in rows {
            let d = instance.month.firstDay.days(to: row.date)
            guard let a = instance.amhpIndex(row.amhpID), let s = instance.shifts.firstIndex(where: { $0.code == row.shiftCode }),
                  d >= 0, d < instance.dayCount else { return nil }
            positions.append((a, d, s))
        }
        return positions
    }

    /// How the model takes a rota: `nil` when it cannot be expressed (no variable for a row), else
    /// whether fixing every assignment variable to it leaves the model feasible.
    static func modelAccepts(_ rows: [Assignment], _ instance: RotaInstance) throws -> Bool? {
        guard let positions = positions(rows, instance) else { return nil }
        var model = RotaModelBuilder.build(instance)
        let worked = Set(positions.map { "\($0.a),\($0.d),\($0.s)" })
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for s in instance.shifts.indices {
                    guard let variable = model.assignment[a][d][s] else {
                        if worked.contains("\(a),\(d),\(s)") { return nil }
                        continue
                    }
                    let value: Double = worked.contains("\(a),\(d),\(s)") ? 1 : 0
                    model.linear.setBounds(of: variable, lower: value, upper: value)
                }
            }
        }
        return try GLPKSolver().solve(model.linear).status.hasSolution
    }

    /// The hard rules the greedy start cites as it is offered the rota's rows one by one; nil when
    /// a row cannot be expressed at all.
    static func greedyRefusals(_ rows: [Assignment], _ instance: RotaInstance) -> [HardRule]? {
        guard let positions = positions(rows, instance) else { return nil }
        var partial = PartialRota(instance: instance)
        var refusals: [HardRule] = []
        for (a, d, s) in positions {
            if let broken = partial.brokenRule(a, d, s) { refusals.append(broken) } else { partial.assign(a, d, s) }
        }
        return refusals
    }

    @Test(arguments: HardRule.allCases)
    func aRotaBreakingTheRuleIsRefusedByCheckerModelAndGreedyStart(_ rule: HardRule) throws {
        let breach = Self.breach(of: rule)
        let report = RotaChecker(hub: breach.hub, month: TestHubs.december).check(Rota(month: TestHubs.december, assignments: breach.rows))
        #expect(Set(report.hardViolations.compactMap(\.hardRule)) == [rule], "\(report.hardViolations.map(\.message))")

        let instance = RotaInstance(hub: breach.hub, month: TestHubs.december)
        switch rule {
        case .coordinatorEligible:
            // Model and greedy start never mark coordinators: they are chosen afterwards among those who can.
            let unmarked = breach.rows.map { Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) }
            let marked = CoordinatorChoice.mark(Rota(month: TestHubs.december, assignments: unmarked), instance: instance)
            #expect(marked.assignments.filter(\.isCoordinator).map(\.amhpID) == ["A"])
            #expect(try Self.modelAccepts(unmarked, instance) == true)
        default:
            #expect(try Self.modelAccepts(breach.rows, instance) != true)
            if let refusals = Self.greedyRefusals(breach.rows, instance) {
                #expect(refusals == [rule])
            } else {
                #expect(rule.isRotaFileError, "only a rota file can name what the hub does not have")
            }
        }
    }

    /// The zero case: a lawful rota (a trainee beside her educator, a night then two days off, a
    /// coordinator who can) is taken by all three.
    @Test func aLawfulRotaIsTakenByAllThree() throws {
        let hub = Self.hub()
        let rows = [Self.row("A", 1, "D", coordinator: true), Self.row("T", 1, "D"), Self.row("B", 2, "D"),
                    Self.row("A", 3, "N"), Self.row("A", 6, "D"), Self.row("B", 6, "E"), Self.row("B", 7, "L")]
        let report = RotaChecker(hub: hub, month: TestHubs.december).check(Rota(month: TestHubs.december, assignments: rows))
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        let instance = RotaInstance(hub: hub, month: TestHubs.december)
        #expect(try Self.modelAccepts(rows, instance) == true)
        #expect(Self.greedyRefusals(rows, instance) == [])
    }
}
