extension SufficiencySummary {
    /// One priority class's response with the cover found.
    public struct Priority: Codable, Hashable, Sendable {
        public let name: String
        public let label: String
        public let withinHours: Double
        /// The class's own target, if it has one.
        public let targetShare: Double?
        public let achievedShare: Double
        /// The class's share of the referrals logged, and its referrals a year at the current level.
        public let shareOfReferrals: Double
        public let referralsPerYear: Double

        enum CodingKeys: String, CodingKey {
            case name, label, withinHours = "within_hours", targetShare = "target_share", achievedShare = "achieved_share"
            case shareOfReferrals = "share_of_referrals", referralsPerYear = "referrals_per_year"
        }
    }

    /// The simulation check (`SufficiencySimulation`): the same cover simulated, beside Erlang C.
    public struct Simulation: Codable, Hashable, Sendable {
        public let replications: Int
        public let seed: UInt64
        /// Days measured in each run, after a week's warm-up.
        public let days: Int
        /// `phased` (travel, assessment, travel, write-up, each Erlang-4) or `exponential` (as Erlang C assumes).
        public let service: String
        /// Which of the two the FTE figure uses: always `erlang_c`, the more conservative.
        public let fteUses: String
        public let rows: [Row]
        public let waitPercentiles: [Percentile]
        public let overrunHoursPerAssessment: Double
        public let overrunHalfWidth: Double
        /// AMHP-hours a year of that overrun, owed as TOIL, and the rota FTE to give it back.
        /// Absent in results kept before they were recorded.
        public let toilHoursPerYear: Double?
        public let toilFTE: Double?

        enum CodingKeys: String, CodingKey {
            case replications, seed, days, service, fteUses = "fte_uses", rows, waitPercentiles = "wait_percentiles"
            case overrunHoursPerAssessment = "overrun_hours_per_assessment", overrunHalfWidth = "overrun_half_width"
            case toilHoursPerYear = "toil_hours_per_year", toilFTE = "toil_fte"
        }

        public struct Row: Codable, Hashable, Sendable {
            public let key: String
            public let label: String
            public let erlangC: Double
            /// Absent when no run saw a referral of the row.
            public let simulated: Double?
            public let halfWidth: Double?

            enum CodingKeys: String, CodingKey {
                case key, label, erlangC = "erlang_c", simulated, halfWidth = "half_width"
            }
        }

        public struct Percentile: Codable, Hashable, Sendable {
            public let percentile: Int
            public let hours: Double
            public let halfWidth: Double

            enum CodingKeys: String, CodingKey {
                case percentile, hours, halfWidth = "half_width"
            }
        }

        init(_ simulation: SufficiencySimulation) {
            let check = simulation.check
            (replications, seed, days, service, fteUses) = (check.replications, check.seed, check.days, check.service.rawValue, "erlang_c")
            rows = simulation.rows.map { Row(key: $0.key, label: $0.label, erlangC: $0.erlangC, simulated: $0.simulated?.mean, halfWidth: $0.simulated?.halfWidth) }
            waitPercentiles = check.waitPercentiles.map { Percentile(percentile: $0.percentile, hours: $0.hours.mean, halfWidth: $0.hours.halfWidth) }
            (overrunHoursPerAssessment, overrunHalfWidth) = (check.overrunHoursPerAssessment.mean, check.overrunHoursPerAssessment.halfWidth)
            (toilHoursPerYear, toilFTE) = (simulation.toilHoursPerYear, simulation.toilFTE)
        }
    }

    static func priorities(_ analysis: SufficiencyAnalysis) -> [Priority] {
        let shares = analysis.mix.overallShares
        let perYear = analysis.profile.annualReferrals * analysis.demandFactor
        return analysis.shareInTimeByClass.enumerated().map { index, entry in
            Priority(name: entry.priority.name, label: entry.priority.label, withinHours: entry.priority.withinHours,
                     targetShare: entry.priority.share, achievedShare: entry.share, shareOfReferrals: shares[index],
                     referralsPerYear: perYear * shares[index])
        }
    }
}
