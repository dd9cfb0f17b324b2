import Rostering
import RotaReports
import Workforce

/// `scenarios.json`: the side-by-side comparison `amhp scenario` prints, for programs (the
/// service's API and pages). The first column is always the baseline.
public struct ScenarioSummary: Codable, Hashable, Sendable {
    public let hubName: String
    public let month: String
    public let columns: [Column]
    public let measures: [Measure]

    enum CodingKeys: String, CodingKey {
        case hubName = "hub_name", month, columns, measures
    }

    /// The baseline or a scenario as the rota model planned it.
    public struct Column: Codable, Hashable, Sendable {
        public let name: String
        /// What the scenario changed, in words.
        public let notes: [String]
        /// How the time-limited solve ended, in words, with its gap and time.
        public let status: String
        public let gap: Double?
        public let seconds: Double
        /// The rota's objective and the best proven lower bound on it: the plan's true optimum lies
        /// between them. Absent in results kept before they were recorded.
        public let objective: Double?
        public let bound: Double?
        /// Against the baseline: `true` when the two plans' ranges [bound, objective] do not overlap,
        /// so the difference between them is larger than the solver's noise; `false` when they
        /// overlap (or a bound is missing) and the differences may be chance. Nil for the baseline.
        public let beyondNoise: Bool?
        /// Each seed's objective when the plan was solved with several (the best was kept); absent
        /// with one seed and in results kept before seeds were.
        public let seedObjectives: [Double]?

        enum CodingKeys: String, CodingKey {
            case name, notes, status, gap, seconds, objective, bound, beyondNoise = "beyond_noise", seedObjectives = "seed_objectives"
        }
    }

    /// One row of the table: a measure's value for each column and its change from the baseline.
    public struct Measure: Codable, Hashable, Sendable {
        public let name: String
        /// Decimals the table shows it with.
        public let decimals: Int
        /// Which way a change is good; absent where it is neither.
        public let lowerIsBetter: Bool?
        public let values: [Double]
        /// Each column's value less the baseline's (0 for the baseline itself).
        public let changes: [Double]

        enum CodingKeys: String, CodingKey {
            case name, decimals, lowerIsBetter = "lower_is_better", values, changes
        }
    }

    public static let fileName = "scenarios.json"

    public init(_ outcomes: [ScenarioOutcome], month: Month, hubName: String) {
        self.hubName = hubName
        self.month = month.description
        let base = outcomes.first
        columns = outcomes.enumerated().map { index, outcome in
            let solution = outcome.solution
            return Column(name: outcome.name, notes: outcome.notes, status: RotaReportText.statusSentence(solution.status),
                          gap: solution.relativeGap, seconds: solution.seconds, objective: solution.objective, bound: outcome.bound,
                          beyondNoise: index == 0 ? nil : base.map { Self.beyondNoise(outcome, $0) },
                          seedObjectives: outcome.seedObjectives.count > 1 ? outcome.seedObjectives : nil)
        }
        guard let baseline = outcomes.first else {
            measures = []
            return
        }
        measures = baseline.measures.rows.indices.map { row in
            let base = baseline.measures.rows[row]
            let values = outcomes.map { $0.measures.rows[row].value }
            return Measure(name: base.name, decimals: base.decimals, lowerIsBetter: base.lowerIsBetter, values: values,
                           changes: values.map { $0 - base.value })
        }
    }

    /// Whether two time-limited plans differ by more than the solver can tell apart: their ranges
    /// [bound, objective] are disjoint. Without a bound the range is unknown, so no.
    /// With several seeds each range runs from the best bound of any seed to the best objective.
    static func beyondNoise(_ scenario: ScenarioOutcome, _ baseline: ScenarioOutcome) -> Bool {
        beyondNoise(objective: scenario.solution.objective, bound: scenario.bound,
                    baselineObjective: baseline.solution.objective, baselineBound: baseline.bound)
    }

    static func beyondNoise(_ scenario: RotaSolution, _ baseline: RotaSolution) -> Bool {
        beyondNoise(objective: scenario.objective, bound: scenario.bound, baselineObjective: baseline.objective, baselineBound: baseline.bound)
    }

    static func beyondNoise(objective: Double, bound: Double?, baselineObjective: Double, baselineBound: Double?) -> Bool {
        guard let bound, let baselineBound else { return false }
        let tolerance = 1e-6 * max(1, abs(baselineObjective))
        return bound > baselineObjective + tolerance || baselineBound > objective + tolerance
    }
}
