import RotaCheck
import Workforce

/// Plans several consecutive months the way a hub publishes them: one month at a time, each
/// starting from the last days of the month before (carry-in) and with that month's nights,
/// weekends and bank holidays added to everyone's history.
public struct MonthSequencePlanner: Sendable {
    public struct MonthResult: Sendable {
        public let solution: RotaSolution
        public let report: CheckReport
    }

    public let options: RotaSolveOptions

    public init(options: RotaSolveOptions) {
        self.options = options
    }

    /// Plans `months` months from `first`, sharing the time limit equally between them.
    public func plan(_ hub: Hub, from first: Month, months: Int) throws -> [MonthResult] {
        var results: [MonthResult] = []
        var currentHub = hub
        var month = first
        for index in 0..<months {
            var monthOptions = options
            monthOptions.timeLimit = options.timeLimit / Double(months)
            monthOptions.seed = options.seed &+ UInt64(index)
            let instance = RotaInstance(hub: currentHub, month: month)
            let solution = try RotaSolver(options: monthOptions).solve(instance)
            let report = RotaChecker(hub: currentHub, month: month).check(solution.rota)
            results.append(MonthResult(solution: solution, report: report))
            currentHub = Self.hubForNextMonth(currentHub, after: solution.rota, report: report, lookBack: instance.lookBack)
            month = month.next
        }
        return results
    }

    /// The hub as it stands after a published rota: its last days carried in, its counts in the history.
    static func hubForNextMonth(_ hub: Hub, after rota: Rota, report: CheckReport, lookBack: Int) -> Hub {
        let cutoff = rota.month.lastDay.adding(days: -lookBack)
        let carryIn = rota.assignments.filter { $0.date > cutoff }.map {
            Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode)
        }
        let history = hub.amhps.compactMap { amhp -> FairnessHistory? in
            guard let person = report.people.first(where: { $0.amhpID == amhp.id }) else { return nil }
            let before = hub.history(for: amhp.id)
            let festive = rota.assignments.contains { $0.amhpID == amhp.id && HubCalendar.isFestiveDay($0.date) }
            return FairnessHistory(amhpID: amhp.id, months: (before?.months ?? 0) + 1,
                                   nights: (before?.nights ?? 0) + person.nights,
                                   weekendShifts: (before?.weekendShifts ?? 0) + person.weekendShifts,
                                   bankHolidayShifts: (before?.bankHolidayShifts ?? 0) + person.bankHolidayShifts,
                                   workedLastFestive: festive || (before?.workedLastFestive ?? false))
        }
        return Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: hub.coverRules, absences: hub.absences,
                   requests: hub.requests, toil: hub.toil, history: history, carryIn: carryIn, rules: hub.rules)
    }
}
