import Workforce

/// The hub as it stands for one month after the rotas of earlier months: the one way the command
/// line, the service and `MonthSequencePlanner` chain months, so a month is planned and checked
/// against the days before it wherever it is planned.
///
///     let january = MonthChain.hub(hub, for: january, after: [decemberRota, novemberRota])
///
/// - Carry-in: every shift of the given rotas in the 17 weeks (`ReferencePeriod.days`) before the
///   month; the loaded carry-in (`carry_in.csv`) is kept only on dates no given rota's month covers.
/// - Fairness history: the loaded history is the opening position; each given rota adds its nights,
///   weekend and bank-holiday shifts, one month, and whether its AMHP worked a festive day.
/// - `carryInCompleteFrom`: the first day of the earliest given month, no earlier than the 17 weeks,
///   so the 48-hour average reaches back that far; nil with no given rota.
///
/// Rotas of the month itself or later are ignored (the command line refuses them with the fix);
/// rows naming an AMHP or shift the hub does not know play no part.
public enum MonthChain {
    public static func hub(_ hub: Hub, for month: Month, after rotas: [Rota]) -> Hub {
        let earlier = rotas.filter { $0.month < month }.sorted { $0.month < $1.month }
        guard let earliest = earlier.first else { return hub }
        let windowStart = month.firstDay.adding(days: -ReferencePeriod.days)
        let covered = Set(earlier.map(\.month))
        let kept = hub.carryIn.filter { !covered.contains(Month(containing: $0.date)) }
        let chained = earlier.flatMap(\.assignments).filter { windowStart <= $0.date && $0.date < month.firstDay }
            .map { Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) }
        let carryIn = (kept + chained).sorted { ($0.date, $0.amhpID, $0.shiftCode) < ($1.date, $1.amhpID, $1.shiftCode) }
        let history = earlier.reduce(hub.history) { history, rota in accumulate(history, rota: rota, hub: hub) }
        return hub.replacing(history: history, carryIn: carryIn,
                             carryInCompleteFrom: max(earliest.month.firstDay, windowStart))
    }

    /// Fairness history after one more month: every AMHP of the hub gains a month and the rota's counts.
    static func accumulate(_ history: [FairnessHistory], rota: Rota, hub: Hub) -> [FairnessHistory] {
        let calendar = hub.calendar(for: rota.month)
        let byAMHP = Dictionary(grouping: rota.assignments, by: \.amhpID)
        let before = Dictionary(history.map { ($0.amhpID, $0) }, uniquingKeysWith: { first, _ in first })
        return hub.amhps.map { amhp in
            let worked = (byAMHP[amhp.id] ?? []).compactMap { row in hub.shiftType(row.shiftCode).map { (row.date, $0) } }
            let previous = before[amhp.id]
            return FairnessHistory(
                amhpID: amhp.id, months: (previous?.months ?? 0) + 1,
                nights: (previous?.nights ?? 0) + worked.filter { $0.1.isNight }.count,
                weekendShifts: (previous?.weekendShifts ?? 0)
                    + worked.filter { FairnessCategory.weekends.counts($0.1, on: $0.0, calendar: calendar) }.count,
                bankHolidayShifts: (previous?.bankHolidayShifts ?? 0)
                    + worked.filter { FairnessCategory.bankHolidays.counts($0.1, on: $0.0, calendar: calendar) }.count,
                workedLastFestive: worked.contains { HubCalendar.isFestiveDay($0.0) } || (previous?.workedLastFestive ?? false))
        }
    }
}
