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
        columns = outcomes.map { outcome in
            Column(name: outcome.name, notes: outcome.notes, status: RotaReportText.statusSentence(outcome.solution.status),
                gap: outcome.solution.relativeGap, seconds: outcome.solution.seconds)
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
}
