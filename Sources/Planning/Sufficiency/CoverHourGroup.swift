import Workforce

/// Hours of the week that the same shifts cover and that fall in the same response periods, such as
/// Tuesday to Thursday 10:00: whatever the cover, they have the same teams on duty, so the cover
/// model gives them one "at least c teams" ladder (`ShiftCoverModel`) in place of one an hour.
struct CoverHourGroup: Equatable {
    /// Hours of the week (Monday 00:00 is 0), in order; never empty.
    let hours: [Int]
    let periods: [ResponsePeriod]

    /// Every hour of the week in exactly one group, the groups in order of their first hour.
    /// Slots on different weekdays of one day type are the same team variable, so they match.
    static func groups(week: WeekShifts) -> [CoverHourGroup] {
        struct Key: Hashable {
            /// How many times each team is on duty in the hour (a count, so order does not matter).
            let teams: [WeekShifts.Team: Int]
            let periods: [ResponsePeriod]
        }
        var order: [Key] = []
        var hoursByKey: [Key: [Int]] = [:]
        for hour in 0..<168 {
            let teams = week.onDuty[hour].reduce(into: [WeekShifts.Team: Int]()) { $0[$1.team, default: 0] += 1 }
            let key = Key(teams: teams, periods: ResponsePeriod.allCases.filter { $0.contains(hour) })
            if hoursByKey[key] == nil { order.append(key) }
            hoursByKey[key, default: []].append(hour)
        }
        return order.compactMap { key in hoursByKey[key].map { CoverHourGroup(hours: $0, periods: key.periods) } }
    }
}
