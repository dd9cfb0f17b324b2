import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// What the rule-family model tests share: a solve to proven optimality whose rota the independent
/// checker re-verifies (no hard violation, the same objective), a few more shift types, and a hub
/// that gives every soft rule a penalty term, for the weight-0 tests.
enum ModelTests {
    /// Solves December 2026 (or `month`) to optimality; the checker must find the rota lawful and price it the same.
    static func solve(_ hub: Hub, month: Month = TestHubs.december) throws -> (RotaSolution, CheckReport) {
        var options = RotaSolveOptions()
        options.timeLimit = 60
        options.relativeGap = 0
        let solution = try RotaSolver(options: options).solve(RotaInstance(hub: hub, month: month))
        let report = RotaChecker(hub: hub, month: month).check(solution.rota)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        #expect(abs(report.objective - solution.objective) < 1e-6, "checker \(report.objective), model \(solution.objective)")
        #expect(solution.status == .optimal)
        return (solution, report)
    }

    /// Shifts `id` works on December `days` (a rota may hold other, unpriced shifts elsewhere).
    static func worked(_ rota: Rota, _ id: String, days: ClosedRange<Int>) -> Int {
        rota.assignments.filter { $0.amhpID == id && days.contains($0.date.day) && $0.date.month == 12 }.count
    }

    static func model(_ hub: Hub, month: Month = TestHubs.december) -> RotaModel {
        RotaModelBuilder.build(RotaInstance(hub: hub, month: month))
    }

    /// A hub where every soft rule has something to price: cover with a minimum, a target and a
    /// coordinator; an LA AMHP with TOIL to plan back and an NHS AMHP; history (Amy worked last
    /// Christmas); a request. Weights are the defaults except those `set` changes.
    static func everyRuleHub(_ set: (inout ObjectiveWeights) -> Void = { _ in }) -> Hub {
        var rules = HubRules()
        set(&rules.weights)
        let shifts = [TestHubs.day, TestHubs.night]
        return Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth"),
                           TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                   shiftTypes: shifts, coverRules: TestHubs.cover(shifts, minimum: 1, target: 2, coordinator: true),
                   requests: [TestHubs.want("B", day: 3, shift: "D")],
                   toil: [TOILPlan(amhpID: "A", balanceHours: 10, planBackHours: 8)],
                   history: [FairnessHistory(amhpID: "A", months: 3, nights: 6, weekendShifts: 5, bankHolidayShifts: 1, workedLastFestive: true)],
                   rules: rules)
    }

    /// The weight-0 check: with the rule's weight at 0 its penalty term is empty (and the objective
    /// does not see it); at its default weight the same hub gives it a term.
    /// The hub is re-planned from the month's first day against an empty rota, so `changed_cell`
    /// has a term too and nothing is fixed.
    static func expectZeroWeightRemovesTerm(_ rule: SoftRule) {
        let baseline = RotaBaseline(rota: Rota(month: TestHubs.december, assignments: []), from: TestHubs.december.firstDay)
        let model = { (hub: Hub) in RotaModelBuilder.build(RotaInstance(hub: hub, month: TestHubs.december, pins: [], baseline: baseline)) }
        let priced = model(everyRuleHub())
        #expect(priced.penaltyTerms[rule]?.isEmpty == false, "\(rule.key) has no term at its default weight")
        let unpriced = model(everyRuleHub { $0[rule] = 0 })
        let term = unpriced.penaltyTerms[rule] ?? LinearExpression()
        #expect(term.isEmpty && term.constant == 0, "\(rule.key) still priced at weight 0")
        // Every other rule keeps its term.
        for other in SoftRule.allCases where other != rule {
            #expect(unpriced.penaltyTerms[other]?.isEmpty == false, "\(other.key) lost its term when \(rule.key) was unpriced")
        }
    }
}

extension TestHubs {
    /// 7.4 hours (09:00-16:24): a full-time working day, so 21 of them are December's contract exactly.
    static let standard = ShiftType(code: "S", name: "Standard", start: ClockTime("09:00")!, end: ClockTime("16:24")!, isNight: false)
    static let early = ShiftType(code: "E", name: "Early", start: ClockTime("01:00")!, end: ClockTime("02:00")!, isNight: false)
    static let late = ShiftType(code: "L", name: "Late", start: ClockTime("13:00")!, end: ClockTime("14:00")!, isNight: false)
    static let evening = ShiftType(code: "EV", name: "Evening", start: ClockTime("14:00")!, end: ClockTime("22:00")!, isNight: false)

    /// Cover on `shift` of `minimum`/`target` on the given day types, and none on the others.
    static func cover(_ shift: ShiftType, on dayTypes: Set<DayType>, minimum: Int, target: Int) -> [CoverRule] {
        DayType.allCases.map { dayType in
            let on = dayTypes.contains(dayType)
            return CoverRule(dayType: dayType, shiftCode: shift.code, minimum: on ? minimum : 0, target: on ? target : 0,
                             coordinatorRequired: false, secondWorkerAvailable: true)
        }
    }

    static func avoid(_ id: String, day: Int, shift: String?, weight: Int = 1) -> ShiftRequest {
        ShiftRequest(amhpID: id, date: date(day), shiftCode: shift, preference: .avoid, weight: weight)
    }

    static func days(_ first: Int, _ last: Int) -> DateRange { DateRange(first: date(first), last: date(last))! }

    /// An AMHP with every field spelled out, for warrants, suspensions, coordinator roles and opt-outs.
    static func person(_ id: String, _ name: String, approval: DateRange? = DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!),
                       suspensions: [DateRange] = [], coordinatesDays: Bool = true, coordinatesNights: Bool = true,
                       nights: NightWorking = .yes, isEducator: Bool = false, educator: String? = nil,
                       optedOut: Bool = false) -> AMHP {
        AMHP(id: id, name: name, employment: .localAuthority(fte: 1), profession: .socialWorker, grade: "AMHP",
             approval: approval, suspensions: suspensions, canCoordinateDays: coordinatesDays, canCoordinateNights: coordinatesNights,
             nightWorking: nights, isPracticeEducator: isEducator, educatorID: educator, optedOutOf48HourWeek: optedOut)
    }

    static func carried(_ id: String, _ date: String, _ shift: String) -> Assignment {
        Assignment(amhpID: id, date: LocalDate(date)!, shiftCode: shift)
    }
}
