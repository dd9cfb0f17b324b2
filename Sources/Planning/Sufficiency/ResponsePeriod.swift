/// Parts of the week whose response is reported, and may be held to a minimum, on their own:
/// office hours (Monday to Friday, 09:00 to 17:00), out of hours (every other hour, when most
/// services fall back on an emergency duty team), and nights (21:00 to 09:00, every day).
public enum ResponsePeriod: String, CaseIterable, Hashable, Sendable {
    case officeHours = "office_hours"
    case outOfHours = "out_of_hours"
    case night

    public var label: String {
        switch self {
        case .officeHours: "office hours (Mon-Fri 09:00-17:00)"
        case .outOfHours: "out of hours"
        case .night: "nights (21:00-09:00)"
        }
    }

    /// Whether an hour of the week (Monday 00:00 is 0) falls in the period.
    public func contains(_ hourOfWeek: Int) -> Bool {
        let day = hourOfWeek / 24, hour = hourOfWeek % 24
        let office = day < 5 && (9..<17).contains(hour)
        switch self {
        case .officeHours: return office
        case .outOfHours: return !office
        case .night: return hour >= 21 || hour < 9
        }
    }

    public var hours: [Int] { (0..<168).filter(contains) }
}
