import Rostering
import RotaCheck
import Workforce

/// Runs the baseline and each scenario through the real rota model for one month.
///
/// Every hub, changed or not, is planned by `RotaSolver` with the same options and seed, and its
/// rota re-checked by the independent `RotaChecker`, so differences between columns come from
/// the scenario, not from the measuring. Each solve is time-limited (`options.timeLimit`): what
/// the table compares are good rotas, not proven optimal ones, and the status says so.
public struct ScenarioRunner: Sendable {
    public let data: PlanningData
    public let month: Month
    public let options: RotaSolveOptions
    /// Solves of each hub, with seeds `options.seed`, +1, …: the best rota is kept, and the spread
    /// of their objectives shows how far a time-limited solve's luck goes (issue 18).
    public let seeds: Int
    public static let seedRange = 1...10

    public init(data: PlanningData, month: Month, options: RotaSolveOptions, seeds: Int = 1) {
        precondition(Self.seedRange.contains(seeds), "the number of seeds is checked where it is read")
        self.data = data
        self.month = month
        self.options = options
        self.seeds = seeds
    }

    /// The hub as it is.
    public func baseline() throws -> ScenarioOutcome {
        try plan(name: "baseline", notes: ["The hub as its files describe it."], hub: data.hub)
    }

    /// The baseline, then every scenario in order.
    ///
    /// Every scenario is applied once before anything is planned, so one that cannot apply to this
    /// hub (an unknown id, more to remove than there are) fails in seconds, not after the solves.
    public func runAll(_ scenarios: [Scenario]) throws -> [ScenarioOutcome] {
        let applier = ScenarioApplier(data: data, month: month)
        for scenario in scenarios { _ = try applier.apply(scenario) }
        let baseline = try baseline()
        return try [baseline] + scenarios.map { try run($0, baseline: baseline) }
    }

    /// A scenario; when it leaves the hub exactly as it was, the baseline's rota is reused, so a
    /// time-limited solve's chance differences are never shown as the scenario's effect.
    public func run(_ scenario: Scenario, baseline: ScenarioOutcome? = nil) throws -> ScenarioOutcome {
        let applied = try ScenarioApplier(data: data, month: month).apply(scenario)
        var notes = (scenario.description.isEmpty ? [] : [scenario.description]) + applied.notes
        if let baseline, applied.hub == baseline.hub {
            notes.append("The hub is unchanged, so the rota is the baseline's.")
            return ScenarioOutcome(name: scenario.name, notes: notes, hub: baseline.hub, solution: baseline.solution,
                                   report: baseline.report, measures: baseline.measures, seedObjectives: baseline.seedObjectives,
                                   bound: baseline.bound)
        }
        return try plan(name: scenario.name, notes: notes, hub: applied.hub)
    }

    private func plan(name: String, notes: [String], hub: Hub) throws -> ScenarioOutcome {
        let instance = RotaInstance(hub: hub, month: month)
        var solution = try RotaSolver(options: options).solve(instance)
        var objectives = [solution.objective], bounds = [solution.bound]
        for offset in 1..<max(seeds, 1) {
            var seeded = options
            seeded.seed = options.seed &+ UInt64(offset)
            let another = try RotaSolver(options: seeded).solve(instance)
            objectives.append(another.objective)
            bounds.append(another.bound)
            // The first of the best is kept.
            if another.objective < solution.objective { solution = another }
        }
        let report = RotaChecker(hub: hub, month: month).check(solution.rota)
        let basis = RotaFTEBasis(hub: hub, abstractions: data.settings.abstractions, from: month.firstDay)
        return ScenarioOutcome(name: name, notes: notes, hub: hub, solution: solution, report: report,
                               measures: ScenarioMeasures(hub: hub, month: month, report: report, basis: basis),
                               seedObjectives: objectives, bound: bounds.compactMap { $0 }.max())
    }
}
