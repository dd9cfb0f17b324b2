import Workforce

/// The simulation check of a sufficiency analysis's cover, row by row beside Erlang C: all
/// referrals, each part of the week and each priority class. The FTE figure uses Erlang C; the
/// simulation says how conservative that is.
public struct SufficiencySimulation: Sendable {
    public let check: SimulationCheck
    public let rows: [Row]
    /// AMHP-hours a year worked beyond the teams on duty, at the simulated overrun per assessment,
    /// and the rota FTE it takes to give them back as TOIL: not in the FTE needed, which counts
    /// rostered hours only (issue 18 found the FTE left TOIL out).
    public let toilHoursPerYear: Double
    public let toilFTE: Double

    public struct Row: Sendable {
        /// `all`, a `ResponsePeriod`'s raw value, or `class:` and a priority class's name.
        public let key: String
        public let label: String
        public let erlangC: Double
        /// nil when no run saw a referral of the row.
        public let simulated: SimulationCheck.Estimate?
    }

    public init(_ analysis: SufficiencyAnalysis, replications: Int = SimulationCheck.defaultReplications, seed: UInt64 = 1,
                service shape: ServiceTimes.Shape = .exponential) {
        let requirement = analysis.requirement, teams = analysis.cover.teamsOnDuty
        let simulation = CoverSimulation(requirement, teamsOnDuty: teams, service: ServiceTimes(analysis.settings.workload, shape: shape))
        let check = SimulationCheck(simulation, replications: replications, seed: seed)
        self.check = check
        var rows = [Row(key: "all", label: "all referrals", erlangC: analysis.cover.shareInTime, simulated: check.overall)]
        for (index, entry) in analysis.shareInTimeByPeriod.enumerated() {
            rows.append(Row(key: entry.period.rawValue, label: entry.period.label, erlangC: entry.share, simulated: check.byPeriod[index]))
        }
        if requirement.classes.count > 1 {
            for (index, entry) in analysis.shareInTimeByClass.enumerated() {
                rows.append(Row(key: "class:\(entry.priority.name)", label: "\(entry.priority.label) (within \(NumberText.plain(entry.priority.withinHours)) h)",
                                erlangC: entry.share, simulated: check.byClass[index]))
            }
        }
        self.rows = rows
        let workload = analysis.settings.workload
        let assessmentsPerYear = analysis.profile.annualReferrals * analysis.demandFactor * workload.shareAssessed
        toilHoursPerYear = check.overrunHoursPerAssessment.mean * Double(workload.amhpsPerAssessment) * assessmentsPerYear
        toilFTE = toilHoursPerYear / analysis.basis.deliveredHoursPerFTE
    }
}
