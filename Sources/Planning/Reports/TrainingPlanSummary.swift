/// The training plan as `succession.json` holds it: each intake, its cost, and each quarter's
/// target against the median with the plan, with why a quarter still falls short.
public struct TrainingPlanSummary: Codable, Hashable, Sendable {
    public let intakes: [Intake]
    public let hires: [Hire]
    public let totalTrainees: Int
    public let totalHires: Int
    /// Every lever's cost together: training, recruitment, agency and extra NHS shifts.
    public let totalCost: Double
    public let costs: Costs
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
        case intakes, hires, totalTrainees = "total_trainees", totalHires = "total_hires", totalCost = "total_cost", costs
        case firstQualification = "first_qualification"
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

    public struct Hire: Codable, Hashable, Sendable {
        public let start: String
        public let count: Int
        public let cost: Double
    }

    /// What each lever costs over the horizon, in pounds.
    public struct Costs: Codable, Hashable, Sendable {
        public let training: Double
        public let recruitment: Double
        public let agency: Double
        public let nhsExtra: Double

        enum CodingKeys: String, CodingKey {
            case training, recruitment, agency, nhsExtra = "nhs_extra"
        }
    }

    public struct Quarter: Codable, Hashable, Sendable {
        public let label: String
        public let target: Double
        /// The projected people's median with the plan's trainees and hires.
        public let medianPermanent: Double
        public let agencyFTE: Double
        public let nhsExtraFTE: Double
        /// `medianPermanent` + agency + extra NHS shifts: what is held against the target.
        public let medianWithPlan: Double
        public let meetsTarget: Bool
        public let shortBy: Double
        /// Why it falls short (too early, or capacity used up); absent when it meets the target.
        public let whyNot: String?

        enum CodingKeys: String, CodingKey {
            case label, target, medianPermanent = "median_permanent", agencyFTE = "agency_fte", nhsExtraFTE = "nhs_extra_fte"
            case medianWithPlan = "median_with_plan", meetsTarget = "meets_target", shortBy = "short_by", whyNot = "why_not"
        }
    }

    public init(_ plan: SuccessionPlan, training: TrainingAssumptions) {
        intakes = plan.intakes.map {
            Intake(start: $0.start.description, trainees: $0.trainees, cost: $0.cost,
                   approvedFrom: $0.start.adding(months: training.courseMonths).description)
        }
        hires = plan.hires.filter { $0.count > 0 }.map { Hire(start: $0.start.description, count: $0.count, cost: $0.cost) }
        totalTrainees = plan.totalTrainees
        totalHires = plan.totalHires
        totalCost = plan.totalCost
        costs = Costs(training: plan.trainingCost, recruitment: plan.recruitmentCost, agency: plan.agencyCost, nhsExtra: plan.nhsExtraCost)
        firstQualification = plan.firstQualification?.description
        iterations = plan.iterations
        capacityPerYear = training.capacityPerYear
        passRate = training.passRate
        courseMonths = training.courseMonths
        costPerTrainee = training.costPerTrainee
        let median = plan.medianWithPlan
        // The same test as `SuccessionPlan.shortfalls` and training_plan.csv, so all three agree.
        quarters = plan.periods.indices.map { index in
            let short = plan.targets[index] - median[index]
            let meets = !(median[index] < plan.targets[index] - 1e-9)
            return Quarter(label: plan.periods[index].label, target: plan.targets[index], medianPermanent: plan.projection.fte[index].median,
                           agencyFTE: plan.agencyFTE[index], nhsExtraFTE: plan.nhsExtraFTE[index], medianWithPlan: median[index],
                           meetsTarget: meets, shortBy: meets ? 0 : short,
                           whyNot: meets ? nil : plan.reason(for: plan.periods[index], courseMonths: training.courseMonths,
                                                             capacity: training.capacityPerYear))
        }
    }
}
