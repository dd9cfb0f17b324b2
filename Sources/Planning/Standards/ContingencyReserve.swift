import Workforce

/// Service Standard 2.3's reserve list: for each day of a published rota with an hour of high
/// demand (`HourlyContingency.highChance`: a one-in-five chance or more that assessments need more
/// AMHPs than are on duty), the AMHPs free to be called in, fewest shifts that month first.
///
/// Free on a day: approved that day, counted towards cover, no leave or other absence, no shift
/// that day and no night ending that morning; and able to work at least one of the day's high
/// hours (someone who works no nights is not listed for night hours only, someone who works only
/// nights not for day hours only). Being free is not being on call: the list is who a lead or
/// manager may ask, and it names no absence or its reason.
public struct ContingencyReserve: Sendable {
    public struct Day: Hashable, Sendable {
        public let date: LocalDate
        /// Hours of the day (0-23) at high demand.
        public let hours: [Int]
        public let worstChance: Double
        /// AMHP ids, fewest shifts in the month first, then by id.
        public let free: [String]
    }

    public let month: Month
    public let days: [Day]

    /// The chance from which an hour is one of high demand.
    public static var highChance: Double { HourlyContingency.highChance }

    public init(hub: Hub, rota: Rota, earlier: [Rota] = [], planning: PlanningData) {
        month = rota.month
        let contingency = HourlyContingency(hub: hub, rotas: [rota], earlier: earlier, planning: planning)
        let shiftsInMonth = Dictionary(grouping: rota.assignments, by: \.amhpID).mapValues(\.count)
        let assignments = HourlyContingency.withDayBefore(rota, among: earlier, hub: hub)
        let working = Set(assignments.map { "\($0.amhpID)|\($0.date)" })
        let nights = Set(assignments.filter { hub.shiftType($0.shiftCode)?.isNight == true }.map { "\($0.amhpID)|\($0.date)" })
        days = Dictionary(grouping: contingency.highHours, by: \.date).sorted { $0.key < $1.key }.map { date, high in
            let hours = high.map(\.hour)
            let hasNight = hours.contains { ResponsePeriod.night.contains($0) }
            let hasDay = hours.contains { !ResponsePeriod.night.contains($0) }
            let free = hub.amhps.filter { amhp in
                amhp.countsTowardsCover && amhp.isApproved(on: date)
                    && !hub.absences.contains { $0.amhpID == amhp.id && $0.dates.contains(date) }
                    && !working.contains("\(amhp.id)|\(date)") && !nights.contains("\(amhp.id)|\(date.adding(days: -1))")
                    && (amhp.nightWorking == .yes || (amhp.nightWorking == .no ? hasDay : hasNight))
            }
            .sorted { (shiftsInMonth[$0.id] ?? 0, $0.id) < (shiftsInMonth[$1.id] ?? 0, $1.id) }
            return Day(date: date, hours: hours, worstChance: high.map(\.chance).max() ?? 0, free: free.map(\.id))
        }
    }

    /// The fewest AMHPs free on any day of high demand; nil when there is none.
    public var fewestFree: Day? { days.min { ($0.free.count, $0.date) < ($1.free.count, $1.date) } }

    /// The hours as people read them: runs joined, "02:00-05:00, 21:00-00:00", or "all day".
    public static func hoursText(_ hours: [Int]) -> String {
        guard Set(hours) != Set(0..<24) else { return "all day" }
        var runs: [(Int, Int)] = []
        for hour in hours.sorted() {
            if let last = runs.last, last.1 == hour { runs[runs.count - 1].1 = hour + 1 } else { runs.append((hour, hour + 1)) }
        }
        let clock = { (hour: Int) in "\(hour % 24 < 10 ? "0" : "")\(hour % 24):00" }
        return runs.map { "\(clock($0.0))-\(clock($0.1))" }.joined(separator: ", ")
    }

    /// `contingency_reserve.csv`: one row a day of high demand.
    public func csv(hub: Hub) -> String {
        CSVDocument.make(header: ["date", "high_demand_hours", "worst_chance", "free_amhps", "free_ids", "free_names"], rows: days.map { day in
            [day.date.description, Self.hoursText(day.hours), NumberText.fixed(day.worstChance, 3), String(day.free.count),
             day.free.joined(separator: " "), day.free.map { hub.amhp($0)?.name ?? $0 }.joined(separator: "; ")]
        })
    }
}
