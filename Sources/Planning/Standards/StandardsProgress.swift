import Workforce

/// What changed between an assessment and the one before it, standard by standard: the evaluation
/// and the risk, each better, worse, the same, or newly given.
public struct StandardsProgress: Sendable {
    public enum Change: String, Sendable {
        case better, worse, same, new, cleared
    }

    public struct Line: Sendable {
        public let standard: String
        public let evaluation: (before: StandardEvaluation?, after: StandardEvaluation?)
        public let risk: (before: StandardRisk?, after: StandardRisk?)

        public var evaluationChange: Change { Self.change(evaluation.before, evaluation.after, higherIsBetter: true) }
        public var riskChange: Change { Self.change(risk.before, risk.after, higherIsBetter: false) }

        static func change<Value: Comparable>(_ before: Value?, _ after: Value?, higherIsBetter: Bool) -> Change {
            switch (before, after) {
            case (nil, nil): .same
            case (nil, _): .new
            case (_, nil): .cleared
            case let (before?, after?): before == after ? .same : ((after > before) == higherIsBetter ? .better : .worse)
            }
        }
    }

    public let lines: [Line]

    /// Compares `current` with `previous` over `standards` (the published list, in order).
    public init(standards: [ServiceStandard], current: (String) -> StandardRating, previous: (String) -> StandardRating) {
        lines = standards.map { standard in
            let now = current(standard.number), then = previous(standard.number)
            return Line(standard: standard.number, evaluation: (then.evaluation, now.evaluation), risk: (then.risk, now.risk))
        }
    }

    public var improved: Int { lines.filter { $0.evaluationChange == .better }.count }
    public var worsened: Int { lines.filter { $0.evaluationChange == .worse }.count }
}

/// How far an assessment has got and how it stands: standards evaluated, each level's count, and
/// the risks rated high.
public struct StandardsTally: Sendable {
    public let evaluated: Int
    public let total: Int
    public let byEvaluation: [(StandardEvaluation, Int)]
    public let byRisk: [(StandardRisk, Int)]
    public let actions: Int

    public init(standards: [ServiceStandard], rating: (String) -> StandardRating) {
        let ratings = standards.map { rating($0.number) }
        total = standards.count
        evaluated = ratings.filter { $0.evaluation != nil }.count
        byEvaluation = StandardEvaluation.allCases.map { level in (level, ratings.filter { $0.evaluation == level }.count) }
        byRisk = StandardRisk.allCases.map { level in (level, ratings.filter { $0.risk == level }.count) }
        actions = ratings.reduce(0) { $0 + $1.actions.count }
    }
}
