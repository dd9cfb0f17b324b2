/// The training plan as `succession.json` holds it: each intake, its cost, and each quarter's
/// target against the median with the plan, with why a quarter still falls short.
public struct TrainingPlanSummary: Codable, Hashable, Sendable {
    public let intakes: [Intake]
    public let totalTrainees: Int
    public let totalCost: Double
    /// When the first intake the plan can start could be approved.
    public let firstQualification: String?
    /// Times the model was solved before its own projection agreed.
    public let iterations: Int
    public let capacityPerYear: Int
    public let passRate: Double
    public let courseMonths: Int
    public let costPerTrainee: Double
    public let quarters: [Quarter]

    enum CodingKeys: String, CodingKey {
        case intakes, totalTrainees = "total_trainees", totalCost = "total_cost", firstQualification = "first_qualification"
        case iterations, capacityPerYear = "capacity_per_year", passRate = "pass_rate", courseMonths = "course_months"
        case costPerTrainee = "cost_per_trainee", quarters
    }

    public struct Intake: Codable, Hashable, Sendable {
        public let start: String
        public let trainees: Int
        public let cost: Double
        /// When those who pass are approved.
        public let approvedFrom: String

        enum CodingKeys: String, CodingKey {
            case start, trainees, cost, approvedFrom = "approved_from"
        }
    }

    public struct Quarter: Codable, Hashable, Sendable {
        public let label: String
        public let target: Double
        public let medianWithPlan: Double
        public let meetsTarget: Bool
        public let shortBy: Double
        /// Why it falls short (too early, or capacity used up); absent when it meets the target.
        public let whyNot: String?

        enum CodingKeys: String, CodingKey {
            case label, target, medianWithPlan = "median_with_plan", meetsTarget = "meets_target", shortBy = "short_by", whyNot = "why_not"
        }
    }

    public init(_ plan: SuccessionPlan, training: TrainingAssumptions) {
        intakes = plan.intakes.map {
            Intake(start: $0.start.description, trainees: $0.trainees, cost: $0.cost,
                   approvedFrom: $0.start.adding(months: training.courseMonths).description)
        }
        totalTrainees = plan.totalTrainees
        totalCost = plan.totalCost
        firstQualification = plan.firstQualification?.description
        iterations = plan.iterations
        capacityPerYear = training.capacityPerYear
        passRate = training.passRate
        courseMonths = training.courseMonths
        costPerTrainee = training.costPerTrainee
        let median = plan.projection.fte.map(\.median)
        // The same test as `SuccessionPlan.shortfalls` and training_plan.csv, so all three agree.
        quarters = plan.periods.indices.map { index in
            let short = plan.targets[index] - median[index]
            let meets = !(median[index] < plan.targets[index] - 1e-9)
            return Quarter(label: plan.periods[index].label, target: plan.targets[index], medianWithPlan: median[index],
                           meetsTarget: meets, shortBy: meets ? 0 : short,
                           whyNot: meets ? nil : plan.reason(for: plan.periods[index], courseMonths: training.courseMonths,
                                                             capacity: training.capacityPerYear))
        }
    }
}
