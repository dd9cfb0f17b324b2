import Workforce
@testable import Rostering

/// Tiny hubs with named AMHPs for rule tests: Amy, Beth and friends, December 2026.
enum TestHubs {
    static let december = Month("2026-12")!

    static func date(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 12, day: day)! }

    static let day = ShiftType(code: "D", name: "Day", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false)
    static let night = ShiftType(code: "N", name: "Night", start: ClockTime("21:00")!, end: ClockTime("09:00")!, isNight: true)
    static let longDay = ShiftType(code: "LD", name: "Long day", start: ClockTime("08:00")!, end: ClockTime("20:00")!, isNight: false)

    static func amhp(_ id: String, _ name: String, employment: Employment = .localAuthority(fte: 1.0),
                     nights: NightWorking = .yes, coordinates: Bool = true, educator: String? = nil,
                     isEducator: Bool = false) -> AMHP {
        AMHP(id: id, name: name, employment: employment, profession: .socialWorker, grade: "AMHP",
             approval: educator == nil ? DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!) : nil,
             canCoordinateDays: coordinates && educator == nil, canCoordinateNights: coordinates && educator == nil,
             nightWorking: nights, isPracticeEducator: isEducator, educatorID: educator)
    }

    /// Cover for every day type: the same minimum and target, a second worker on hand so a minimum of 1 is allowed.
    /// `maximum` nil takes the default (the target plus one).
    static func cover(_ shifts: [ShiftType], minimum: Int, target: Int, maximum: Int? = nil, coordinator: Bool = false) -> [CoverRule] {
        DayType.allCases.flatMap { dayType in
            shifts.map { CoverRule(dayType: dayType, shiftCode: $0.code, minimum: minimum, target: target, maximum: maximum,
                                   coordinatorRequired: coordinator, secondWorkerAvailable: true) }
        }
    }

    /// Rules with every weight zero, so a test prices only the rule it is about.
    static func rules(_ set: (inout ObjectiveWeights) -> Void) -> HubRules {
        var rules = HubRules()
        for (_, path) in ObjectiveWeights.keyPaths { rules.weights[keyPath: path] = 0 }
        set(&rules.weights)
        return rules
    }

    static func want(_ id: String, day: Int, shift: String?, weight: Int = 1) -> ShiftRequest {
        ShiftRequest(amhpID: id, date: date(day), shiftCode: shift, preference: .want, weight: weight)
    }
}
