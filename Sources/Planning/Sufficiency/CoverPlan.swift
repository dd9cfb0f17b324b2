import Workforce

/// Demand-led cover for every kind of day and shift, and the hours of the week it leaves short.
public struct CoverPlan: Sendable {
    public let shifts: [ShiftCover]
    /// Assessing teams on duty in each hour of an ordinary week with this cover.
    public let teamsOnDuty: [Int]
    /// The share of the week's referrals picked up in time with this cover.
    public let shareInTime: Double
    /// Hours of the week in which the hub's shift pattern cannot put enough teams on duty at any
    /// cover (no shift covers the hour), with the teams missing.
    public let uncoveredHours: [(hourOfWeek: Int, teams: Int)]

    public init(shifts: [ShiftCover], teamsOnDuty: [Int], shareInTime: Double, uncoveredHours: [(hourOfWeek: Int, teams: Int)] = []) {
        self.shifts = shifts
        self.teamsOnDuty = teamsOnDuty
        self.shareInTime = shareInTime
        self.uncoveredHours = uncoveredHours
    }

    public func cover(_ dayType: DayType, _ shiftCode: String) -> ShiftCover? {
        shifts.first { $0.dayType == dayType && $0.shiftCode == shiftCode }
    }

    /// AMHP-hours a year a cover needs over the 365 days from `first`, by the hub's calendar
    /// (bank holidays take their own rows), on rota shifts: duty is not cover.
    public static func annualHours(from first: LocalDate, hub: Hub, amhps: (DayType, String) -> Int) -> Double {
        daysByType(from: first, hub: hub).reduce(0.0) { total, entry in
            total + Double(entry.value) * hub.rotaShiftTypes.reduce(0.0) { $0 + Double(amhps(entry.key, $1.code)) * $1.hours }
        }
    }

    /// Days of each type in the 365 days from `first`, by the hub's calendar.
    public static func daysByType(from first: LocalDate, hub: Hub) -> [DayType: Int] {
        let calendar = HubCalendar(addedDays: hub.rules.addedBankHolidays, removedDays: hub.rules.removedBankHolidays,
                                   years: (first.year - 1)...(first.year + 2))
        var days: [DayType: Int] = [:]
        for offset in 0..<365 { days[calendar.dayType(first.adding(days: offset)), default: 0] += 1 }
        return days
    }
}
