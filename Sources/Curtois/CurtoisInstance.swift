/// One instance of Curtois's employee shift scheduling benchmark (schedulingbenchmarks.org, instances 1–24).
///
/// Employees, shifts and days are referred to by 0-based index; the file's ids are kept for people.
/// Every instance starts on a Monday, so the weekends are days 7w+5 and 7w+6.
public struct CurtoisInstance: Sendable {
    /// A shift type: its id (`E`, `d1`), its length in minutes, and the shifts that may not follow it the next day.
    public struct Shift: Sendable, Hashable {
        public var id: String
        public var minutes: Int
        /// Indexes of the shifts that may not be worked the day after this one.
        public var cannotFollow: [Int]
    }

    /// An employee and their hard limits.
    public struct Employee: Sendable, Hashable {
        public var id: String
        /// The most shifts of each type (by shift index) in the horizon; 0 means never.
        public var maxShifts: [Int]
        public var maxTotalMinutes: Int
        public var minTotalMinutes: Int
        public var maxConsecutiveShifts: Int
        public var minConsecutiveShifts: Int
        public var minConsecutiveDaysOff: Int
        public var maxWeekends: Int
    }

    /// A wish to work (on request) or not to work (off request) a shift on a day, with its penalty weight.
    public struct Request: Sendable, Hashable {
        public var employee: Int
        public var day: Int
        public var shift: Int
        public var weight: Int
    }

    /// How many people a shift needs on a day, and the penalty per person short or over.
    public struct Cover: Sendable, Hashable {
        public var requirement: Int
        public var underWeight: Int
        public var overWeight: Int
    }

    /// The file's name without folder (for messages and reports).
    public var name: String
    public var dayCount: Int
    public var shifts: [Shift]
    public var employees: [Employee]
    /// `daysOff[e]` is the set of days on which employee `e` must not work.
    public var daysOff: [Set<Int>]
    /// The penalty applies when the employee is not given that shift on that day.
    public var onRequests: [Request]
    /// The penalty applies when the employee is given that shift on that day.
    public var offRequests: [Request]
    /// `cover[d][t]`: the requirement for shift `t` on day `d`.
    public var cover: [[Cover]]

    public init(name: String, dayCount: Int, shifts: [Shift], employees: [Employee], daysOff: [Set<Int>],
                onRequests: [Request], offRequests: [Request], cover: [[Cover]]) {
        self.name = name
        self.dayCount = dayCount
        self.shifts = shifts
        self.employees = employees
        self.daysOff = daysOff
        self.onRequests = onRequests
        self.offRequests = offRequests
        self.cover = cover
    }

    /// The number of (possibly partial) weekends: weekend `w` is days 7w+5 and 7w+6 that fall in the horizon.
    public var weekendCount: Int { (dayCount + 1) / 7 }

    /// The days of weekend `w` that fall in the horizon (Saturday, then Sunday).
    public func weekendDays(_ weekend: Int) -> [Int] {
        [7 * weekend + 5, 7 * weekend + 6].filter { $0 < dayCount }
    }

    /// The index of the shift with this id, if any.
    public func shiftIndex(_ id: String) -> Int? { shifts.firstIndex { $0.id == id } }

    /// The index of the employee with this id, if any.
    public func employeeIndex(_ id: String) -> Int? { employees.firstIndex { $0.id == id } }

    /// The number of fixed days off over all employees (the README's table counts these).
    public var fixedDayOffCount: Int { daysOff.reduce(0) { $0 + $1.count } }
}
