import Foundation
import Workforce

/// Service Standard 2.3's question, hour by hour over published months: how likely is it that the
/// assessments in progress need more AMHPs than the rota has on duty?
///
/// Assessments in progress at an hour are Poisson with the modified offered load as mean
/// (`OfferedLoad`: infinite-server arrivals from referrals.csv for that calendar month); each needs
/// `amhpsPerAssessment` AMHPs, so with c on duty the chance is P(N > ⌊c / k⌋).
struct HourlyContingency {
    struct Hour {
        let date: LocalDate
        let hour: Int
        let chance: Double
    }

    /// The chance from which an hour counts as one of high demand: one in five.
    static let highChance = 0.2

    let amhpsPerAssessment: Int
    private(set) var hours = 0
    private(set) var meanChance = 0.0
    private(set) var hoursOverOneInFive = 0
    private(set) var worst: Hour?
    /// The hours at `highChance` or more, in date and hour order: when a reserve may be needed.
    private(set) var highHours: [Hour] = []

    /// `rotas` are the months to judge; `earlier` may hold the month before the first, whose last
    /// night runs into it (the hub's carry-in stands in when it is not published).
    init(hub: Hub, rotas: [Rota], earlier: [Rota] = [], planning: PlanningData) {
        let workload = planning.settings.workload
        amhpsPerAssessment = max(1, workload.amhpsPerAssessment)
        let profile = DemandProfile(referrals: planning.referrals)
        let counted = Set(hub.amhps.filter(\.countsTowardsCover).map(\.id))
        var total = 0.0
        for rota in rotas {
            let arrivals = profile.arrivalsPerHour(inCalendarMonth: rota.month.month).map { $0 * workload.shareAssessed }
            let load = OfferedLoad.weekly(arrivalsPerHour: arrivals, meanServiceHours: workload.hoursPerAssessment)
            let cover = Self.onDuty(hub: hub, month: rota.month, assignments: Self.withDayBefore(rota, among: rotas + earlier, hub: hub),
                                    counting: counted)
            for (index, date) in rota.month.dates.enumerated() {
                for hour in 0..<24 {
                    let hourOfWeek = (date.weekday.rawValue - 1) * 24 + hour
                    let chance = Self.poissonAbove(cover[index * 24 + hour] / amhpsPerAssessment, mean: load[hourOfWeek])
                    total += chance
                    hours += 1
                    if chance >= Self.highChance {
                        hoursOverOneInFive += 1
                        highHours.append(Hour(date: date, hour: hour, chance: chance))
                    }
                    if chance > (worst?.chance ?? -1) { worst = Hour(date: date, hour: hour, chance: chance) }
                }
            }
        }
        meanChance = hours == 0 ? 0 : total / Double(hours)
    }

    /// The rota's assignments and those of the day before its first (from `rotas`, else the hub's
    /// carry-in), whose night runs into the month's first morning.
    static func withDayBefore(_ rota: Rota, among rotas: [Rota], hub: Hub) -> [Assignment] {
        let dayBefore = rota.month.firstDay.adding(days: -1)
        let before = rotas.first { $0.month == Month(containing: dayBefore) }?.assignments ?? hub.carryIn
        return rota.assignments + before.filter { $0.date == dayBefore }
    }

    /// AMHPs on duty in each hour of the month (index day × 24 + hour); a night's hours after
    /// midnight fall on the next day (so the day before's night counts in the first morning), and
    /// those past the month's end are dropped.
    static func onDuty(hub: Hub, month: Month, assignments: [Assignment], counting: Set<String>) -> [Int] {
        let days = month.dayCount
        var cover = Array(repeating: 0, count: days * 24)
        for assignment in assignments where counting.contains(assignment.amhpID) {
            guard let shift = hub.shiftType(assignment.shiftCode) else { continue }
            let day = month.firstDay.days(to: assignment.date)
            let start = shift.start.minutes / 60
            let length = Int((Double(shift.durationMinutes) / 60).rounded(.up))
            for offset in 0..<length {
                let index = day * 24 + start + offset
                if index >= 0 && index < cover.count { cover[index] += 1 }
            }
        }
        return cover
    }

    /// P(N > k) for N Poisson with the given mean.
    static func poissonAbove(_ k: Int, mean: Double) -> Double {
        guard mean > 0 else { return 0 }
        var term = exp(-mean), cumulative = term
        if k > 0 {
            for n in 1...k {
                term *= mean / Double(n)
                cumulative += term
            }
        }
        return max(0, 1 - cumulative)
    }
}
