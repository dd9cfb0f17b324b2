/// The five-year projection as `succession.json` holds it: per quarter, the 10th, 50th and 90th
/// percentiles of rota FTE and headcount, without and with the training plan, against the target.
public struct ProjectionSummary: Codable, Hashable, Sendable {
    public let simulations: Int
    public let target: Target
    /// Share of expiring warrants renewed, and each employer's annual leaver rate.
    public let reapprovalRate: Double
    public let leaverRates: [String: Double]
    /// The coefficient of variation of each future's factor on the leaver and retirement rates.
    public let rateUncertainty: Double
    public let quarters: [Quarter]
    /// With the plan, by group (`employer: LA`, `profession: nurse`, ...): FTE per quarter.
    public let groups: [Group]

    enum CodingKeys: String, CodingKey {
        case simulations, target, reapprovalRate = "reapproval_rate", leaverRates = "leaver_rates", rateUncertainty = "rate_uncertainty", quarters, groups
    }

    public struct Target: Codable, Hashable, Sendable {
        public let baseFTE: Double
        public let source: String
        public let growthPerYear: Double

        enum CodingKeys: String, CodingKey {
            case baseFTE = "base_fte", source, growthPerYear = "growth_per_year"
        }
    }

    public struct Band: Codable, Hashable, Sendable {
        public let p10: Double
        public let median: Double
        public let p90: Double

        init(_ band: ProjectionResult.Band) {
            (p10, median, p90) = (band.p10, band.median, band.p90)
        }
    }

    public struct Quarter: Codable, Hashable, Sendable {
        /// `2027 Q1`, and its first and last days (the first quarter starts on the as-of date).
        public let label: String
        public let from: String
        public let to: String
        /// The target rota FTE at the quarter's end.
        public let target: Double
        public let fteWithoutPlan: Band
        public let fteWithPlan: Band
        public let headcountWithoutPlan: Band
        public let headcountWithPlan: Band
        /// The quarter's books with the plan, averaged over simulations.
        public let flows: Flows

        enum CodingKeys: String, CodingKey {
            case label, from, to, target, fteWithoutPlan = "fte_without_plan", fteWithPlan = "fte_with_plan"
            case headcountWithoutPlan = "headcount_without_plan", headcountWithPlan = "headcount_with_plan", flows
        }
    }

    public struct Flows: Codable, Hashable, Sendable {
        public let start: Double
        public let joined: Double
        public let retired: Double
        public let left: Double
        public let notReapproved: Double
        public let end: Double

        enum CodingKeys: String, CodingKey {
            case start, joined, retired, left, notReapproved = "not_reapproved", end
        }
    }

    public struct Group: Codable, Hashable, Sendable {
        public let group: String
        public let fte: [Band]
    }

    public init(_ plan: SuccessionPlan, assumptions: SuccessionAssumptions) {
        simulations = plan.projection.simulations
        target = Target(baseFTE: plan.target.baseFTE, source: plan.target.source, growthPerYear: plan.target.growthPerYear)
        reapprovalRate = assumptions.reapprovalRate
        leaverRates = Dictionary(assumptions.leaverRates.map { ($0.employer, $0.annualRate) }) { first, _ in first }
        rateUncertainty = assumptions.rateUncertainty
        let without = plan.baseline, with = plan.projection
        let (fteWithout, fteWith, headWithout, headWith) = (without.fte, with.fte, without.headcount, with.headcount)
        let means = [with.mean { Double($0.start) }, with.mean { Double($0.joined) }, with.mean { Double($0.retired) },
                     with.mean { Double($0.left) }, with.mean { Double($0.notReapproved) }, with.mean { Double($0.end) }]
        quarters = plan.periods.indices.map { index in
            let period = plan.periods[index]
            return Quarter(label: period.label, from: period.first.description, to: period.last.description, target: plan.targets[index],
                           fteWithoutPlan: Band(fteWithout[index]), fteWithPlan: Band(fteWith[index]),
                           headcountWithoutPlan: Band(headWithout[index]), headcountWithPlan: Band(headWith[index]),
                           flows: Flows(start: means[0][index], joined: means[1][index], retired: means[2][index],
                                        left: means[3][index], notReapproved: means[4][index], end: means[5][index]))
        }
        groups = with.groups.indices.map { Group(group: with.groups[$0], fte: with.groupFTE($0).map(Band.init)) }
    }
}
