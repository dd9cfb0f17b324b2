/// Working-time law (Working Time Regulations 1998) and the hub's local sequence rules; all are hard.
public struct WorkingTimeRules: Hashable, Sendable {
    /// Consecutive hours' rest between the end of one shift and the start of the next (WTR reg. 10: 11).
    public var minimumRestHours: Double = 11
    /// Uninterrupted rest in every run of `weeklyRestWindowDays` days (WTR reg. 11: 24 hours in 7 days).
    public var weeklyRestHours: Double = 24
    public var weeklyRestWindowDays: Int = 7
    /// Local rule: nights in a row.
    public var maximumConsecutiveNights: Int = 4
    /// Local rule: working days in a row.
    public var maximumConsecutiveWorkingDays: Int = 6
    /// Apply the 48-hour average week (WTR reg. 4) to those who have not opted out, pro rata over the rota.
    public var average48HourWeek: Bool = true
    /// Night workers' average hours in 24 (WTR reg. 6), over the rota.
    public var nightWorkerMaximumHoursPer24: Double = 8

    public init() {}

    /// Every setting as `rules.yaml` names it under `working_time:`, in the file's order, with its
    /// bounds: the rules file reads them and the hub writer writes them from this one list, so a new
    /// setting is one property and one line here.
    // Key paths are immutable values; the array is never mutated.
    nonisolated(unsafe) public static let settings: [WorkingTimeSetting] = [
        .hours("minimum_rest_hours", \.minimumRestHours, in: 0...24),
        .hours("weekly_rest_hours", \.weeklyRestHours, in: 0...24),
        .days("weekly_rest_window_days", \.weeklyRestWindowDays, in: 2...14),
        .days("maximum_consecutive_nights", \.maximumConsecutiveNights, in: 1...14),
        .days("maximum_consecutive_working_days", \.maximumConsecutiveWorkingDays, in: 1...14),
        .flag("average_48_hour_week", \.average48HourWeek),
        .hours("night_worker_maximum_hours_per_24", \.nightWorkerMaximumHoursPer24, in: 1...24),
    ]
}
