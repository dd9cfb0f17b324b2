import Workforce

/// The training plan with the projections before and after it and how it stands against the target.
public struct SuccessionPlan: Sendable {
    public struct Intake: Hashable, Sendable {
        public let start: LocalDate
        public let trainees: Int
        public let cost: Double
    }

    public let periods: [ProjectionPeriod]
    /// The target FTE at the end of each period.
    public let targets: [Double]
    public let target: SuccessionTarget
    /// The projection with only the people and cohorts already there.
    public let baseline: ProjectionResult
    /// The projection with the plan's intakes added: the one the plan is checked against.
    public let projection: ProjectionResult
    public let intakes: [Intake]
    /// Times the model was solved before the projection agreed.
    public let iterations: Int
    /// When the first planned intake could be approved; nil when there is no intake in the horizon.
    public let firstQualification: LocalDate?

    public var totalTrainees: Int { intakes.reduce(0) { $0 + $1.trainees } }
    public var totalCost: Double { intakes.reduce(0) { $0 + $1.cost } }

    /// Quarters whose median FTE with the plan is below the target, with the shortfall.
    public var shortfalls: [(period: ProjectionPeriod, target: Double, median: Double)] {
        let median = projection.fte.map(\.median)
        return periods.indices.filter { median[$0] < targets[$0] - 1e-9 }.map { (periods[$0], targets[$0], median[$0]) }
    }

    /// Why a quarter falls short: too early for any planned intake to be approved, or every intake
    /// that could be approved by then is already full.
    public func reason(for period: ProjectionPeriod, courseMonths: Int, capacity: Int) -> String {
        guard let first = firstQualification, first <= period.last else {
            return "too early: the first intake the plan can start is approved \(firstQualification.map(\.description) ?? "after the horizon")"
        }
        let helping = intakes.filter { $0.start.adding(months: courseMonths) <= period.last }
        if helping.allSatisfy({ $0.trainees >= capacity }) { return "training capacity (\(capacity) a year) is used up" }
        return "the intakes that could help are not yet full, but more would not lift the median in time"
    }
}
