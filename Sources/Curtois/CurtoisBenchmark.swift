import Foundation

/// Runs Curtois's benchmark on one file: parse, solve within a time limit, and re-score the roster with
/// the independent evaluator. This is what `amhp bench curtois FILE --time-limit 60 --seed S` calls.
public enum CurtoisBenchmark {
    /// The lowest published objective for instances 1–19 (ORProjects/NRP's 60-minute table; see the
    /// benchmark's README). Instances 1–3 are proven optimal.
    public static let bestKnown: [String: Int] = [
        "Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716, "Instance5": 1143,
        "Instance6": 1950, "Instance7": 1056, "Instance8": 1308, "Instance9": 439, "Instance10": 4631,
        "Instance11": 3443, "Instance12": 4040, "Instance13": 1905, "Instance14": 1279, "Instance15": 3928,
        "Instance16": 3225, "Instance17": 5750, "Instance18": 4650, "Instance19": 3218,
    ]

    public static func run(file: URL, timeLimit: Double, seed: UInt64,
                           log: (@Sendable (String) -> Void)? = nil) throws -> CurtoisRunReport {
        let instance = try CurtoisParser.parse(contentsOf: file)
        var options = CurtoisSolveOptions()
        options.timeLimit = timeLimit
        options.seed = seed
        options.log = log
        return try run(instance, options: options)
    }

    public static func run(_ instance: CurtoisInstance, options: CurtoisSolveOptions) throws -> CurtoisRunReport {
        let result = try CurtoisSolver(options: options).solve(instance)
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(result.roster)
        let name = instance.name.hasSuffix(".txt") ? String(instance.name.dropLast(4)) : instance.name
        return CurtoisRunReport(instance: name, objective: evaluation.objective, solverObjective: result.objective,
                                bound: result.bound, bestKnown: bestKnown[name], seconds: result.seconds,
                                iterations: result.iterations, improvements: result.improvements,
                                startObjective: result.startObjective, hardViolations: evaluation.violations,
                                evaluation: evaluation, roster: result.roster, rosterText: result.roster.text(instance))
    }
}

/// One benchmark run, scored by `CurtoisEvaluator`, with a summary to print.
public struct CurtoisRunReport: Sendable {
    public var instance: String
    /// The benchmark objective of the roster, by the evaluator.
    public var objective: Int
    /// The objective the solver's model gave the same roster (equal to `objective` unless there is a bug).
    public var solverObjective: Int
    /// A proven lower bound (LP relaxation or column generation), if one was computed in time.
    public var bound: Int?
    public var bestKnown: Int?
    public var seconds: Double
    public var iterations: Int
    public var improvements: Int
    public var startObjective: Int
    /// Broken hard constraints (empty for a valid roster).
    public var hardViolations: [CurtoisViolation]
    public var evaluation: CurtoisEvaluator.Evaluation
    public var roster: CurtoisRoster
    public var rosterText: String

    /// (objective − best known) / best known, in percent.
    public var gapToBestKnownPercent: Double? {
        bestKnown.map { 100 * Double(objective - $0) / Double(max($0, 1)) }
    }

    public var summary: String {
        var lines = [
            "instance: \(instance)",
            "objective: \(objective)" + (solverObjective == objective ? "" : " (solver said \(solverObjective): MISMATCH)"),
            "  on requests not met \(evaluation.onRequestPenalty), off requests broken \(evaluation.offRequestPenalty), cover under \(evaluation.coverUnderPenalty), cover over \(evaluation.coverOverPenalty)",
            "lower bound: \(bound.map(String.init) ?? "not computed")",
        ]
        if let bestKnown, let gap = gapToBestKnownPercent {
            lines.append("best known: \(bestKnown) (gap \(String(format: "%.2f", gap)) %)")
        }
        lines.append("start objective: \(startObjective); \(iterations) neighbourhood searches, \(improvements) improving")
        lines.append("seconds: \(String(format: "%.1f", seconds))")
        lines.append(hardViolations.isEmpty ? "hard constraints: all kept"
                     : "hard constraints broken: \(hardViolations.count)\n" + hardViolations.map { "  \($0)" }.joined(separator: "\n"))
        return lines.joined(separator: "\n")
    }
}
