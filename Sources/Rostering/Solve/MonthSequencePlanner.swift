import RotaCheck
import Workforce

/// Plans several consecutive months the way a hub publishes them: one month at a time, each
/// chained to the months before it (`MonthChain`: their shifts carried in, their nights, weekends
/// and bank holidays added to everyone's history).
public struct MonthSequencePlanner: Sendable {
    public struct MonthResult: Sendable {
        public let solution: RotaSolution
        public let report: CheckReport
    }

    public let options: RotaSolveOptions

    public init(options: RotaSolveOptions) {
        self.options = options
    }

    /// Plans `months` months from `first`, sharing the time limit equally between them; each month
    /// is planned on the hub `MonthChain` makes of the months planned before it.
    public func plan(_ hub: Hub, from first: Month, months: Int) throws -> [MonthResult] {
        var results: [MonthResult] = []
        var month = first
        for index in 0..<months {
            var monthOptions = options
            monthOptions.timeLimit = options.timeLimit / Double(months)
            monthOptions.seed = options.seed &+ UInt64(index)
            let monthHub = MonthChain.hub(hub, for: month, after: results.map(\.solution.rota))
            let instance = RotaInstance(hub: monthHub, month: month)
            let solution = try RotaSolver(options: monthOptions).solve(instance)
            let report = RotaChecker(hub: monthHub, month: month).check(solution.rota)
            results.append(MonthResult(solution: solution, report: report))
            month = month.next
        }
        return results
    }
}
