import Testing
import Workforce
@testable import RotaCheck

/// Tiny hubs built in code: AMHPs named Amy, Beth, Cara and Dev; Day, Late and Night shifts;
/// December 2026 (Dec 1 is a Tuesday; Dec 25 and Dec 28 are bank holidays; 21 working weekdays).
enum Fixture {
    static let december = Month(year: 2026, month: 12)!

    /// A date in December 2026 by day number, or in another month when given.
    static func date(_ day: Int, month: Int = 12, year: Int = 2026) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    static func range(_ first: LocalDate, _ last: LocalDate) -> DateRange { DateRange(first: first, last: last)! }

    static let day = ShiftType(code: "D", name: "Day", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false)
    static let late = ShiftType(code: "L", name: "Late", start: ClockTime("13:00")!, end: ClockTime("21:00")!, isNight: false)
    static let night = ShiftType(code: "N", name: "Night", start: ClockTime("21:00")!, end: ClockTime("09:00")!, isNight: true)
    /// Only for the weekly-rest tests: after a night it leaves a day off with 22 hours' rest.
    static let early = ShiftType(code: "E", name: "Early", start: ClockTime("07:00")!, end: ClockTime("15:00")!, isNight: false)
    static let shiftTypes = [day, late, night]

    /// An AMHP approved from 2020 to 2030, LA 1.0 FTE, who works nights and coordinates nothing unless told.
    static func amhp(_ id: String, _ name: String, employment: Employment = .localAuthority(fte: 1.0),
                     nights: NightWorking = .yes, approval: DateRange? = range(date(1, month: 1, year: 2020), date(31, year: 2030)),
                     suspensions: [DateRange] = [], coordinatesDays: Bool = false, coordinatesNights: Bool = false,
                     isPracticeEducator: Bool = false, educatorID: String? = nil, optedOut: Bool = false) -> AMHP {
        AMHP(id: id, name: name, employment: employment, profession: .socialWorker, grade: "AMHP",
             approval: educatorID == nil ? approval : nil, suspensions: suspensions,
             canCoordinateDays: coordinatesDays, canCoordinateNights: coordinatesNights, nightWorking: nights,
             isPracticeEducator: isPracticeEducator, educatorID: educatorID, optedOutOf48HourWeek: optedOut)
    }

    static let amy = amhp("A01", "Amy Adams")
    static let beth = amhp("A02", "Beth Brown")
    static let cara = amhp("A03", "Cara Cole")
    static let dev = amhp("A04", "Dev Das")

    /// Cover that asks for nothing on any shift of any day type, so a rule's test sees only that rule.
    static func noCover(shifts: [ShiftType] = shiftTypes) -> [CoverRule] {
        DayType.allCases.flatMap { dayType in
            shifts.map { CoverRule(dayType: dayType, shiftCode: $0.code, minimum: 0, target: 0, coordinatorRequired: false) }
        }
    }

    /// `noCover` with some (day type, shift) rules replaced.
    static func cover(_ overrides: [CoverRule], shifts: [ShiftType] = shiftTypes) -> [CoverRule] {
        noCover(shifts: shifts).map { rule in
            overrides.first { $0.dayType == rule.dayType && $0.shiftCode == rule.shiftCode } ?? rule
        }
    }

    static func hub(_ amhps: [AMHP] = [amy, beth], shifts: [ShiftType] = shiftTypes, cover: [CoverRule]? = nil,
                    absences: [Absence] = [], requests: [ShiftRequest] = [], toil: [TOILPlan] = [],
                    history: [FairnessHistory] = [], carryIn: [Assignment] = [], rules: HubRules = HubRules()) -> Hub {
        Hub(amhps: amhps, shiftTypes: shifts, coverRules: cover ?? noCover(shifts: shifts), absences: absences,
            requests: requests, toil: toil, history: history, carryIn: carryIn, rules: rules)
    }

    /// Rules with a 37-hour week (7.4 hours a day) and the default weights and working time.
    static func rules(_ change: (inout HubRules) -> Void = { _ in }) -> HubRules {
        var rules = HubRules()
        change(&rules)
        return rules
    }

    /// A rota from (AMHP id, December day, shift code) triples.
    static func rota(_ entries: [(String, Int, String)], month: Month = december) -> Rota {
        Rota(month: month, assignments: entries.map { Assignment(amhpID: $0.0, date: date($0.1), shiftCode: $0.2) })
    }

    /// One AMHP on one shift on each of the given December days.
    static func shifts(_ id: String, _ code: String, days: some Sequence<Int>) -> [(String, Int, String)] {
        days.map { (id, $0, code) }
    }

    static func check(_ hub: Hub, _ rota: Rota, month: Month = december) -> CheckReport {
        RotaChecker(hub: hub, month: month).check(rota)
    }
}

extension CheckReport {
    /// The penalty of one weight key, failing the test if the key is missing.
    func penalty(_ rule: SoftRule) -> Double {
        let value = penalties[rule]
        #expect(value != nil, "penalties has no key \(rule.rawValue)")
        return value ?? .nan
    }

    func violations(of rule: HardRule) -> [Violation] { violations(of: .hard(rule)) }

    func violations(of rule: SoftRule) -> [Violation] { violations(of: rule.rawValue) }
}

/// Equal to within 1e-9 relative: penalties are sums of doubles.
func isClose(_ actual: Double, _ expected: Double) -> Bool {
    abs(actual - expected) <= 1e-9 * max(1, abs(expected))
}
