/// A broken hard constraint of the benchmark, found by `CurtoisEvaluator`.
public struct CurtoisViolation: Sendable, Hashable, CustomStringConvertible {
    /// The hard rules, in the order the benchmark lists them.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        case oneShiftPerDay = "one shift per day"
        case rotation = "shift rotation"
        case maxShiftsOfType = "maximum shifts of a type"
        case minTotalMinutes = "minimum total minutes"
        case maxTotalMinutes = "maximum total minutes"
        case minConsecutiveShifts = "minimum consecutive shifts"
        case maxConsecutiveShifts = "maximum consecutive shifts"
        case minConsecutiveDaysOff = "minimum consecutive days off"
        case maxWeekends = "maximum weekends"
        case dayOff = "fixed day off"
        case unknownShift = "unknown shift"
    }

    public var rule: Rule
    public var employee: Int
    /// The first day concerned, when the rule is about days.
    public var day: Int?
    /// A sentence saying what is wrong, with the numbers.
    public var detail: String

    public init(rule: Rule, employee: Int, day: Int? = nil, detail: String) {
        self.rule = rule
        self.employee = employee
        self.day = day
        self.detail = detail
    }

    public var description: String { "\(rule.rawValue): \(detail)" }
}
