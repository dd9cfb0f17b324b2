/// The hub's numbers per 100,000 population beside published benchmarks.
public struct ReferenceRatios: Hashable, Sendable {
    public let population: Double
    public let populationSource: String
    /// Approved AMHPs (not trainees) at the start of the planning month.
    public let approvedAMHPs: Int
    /// Rota FTE those AMHPs give (`SufficiencyAnalysis.availableFTE`): headcount flatters a hub of part-timers.
    public let rotaFTE: Double
    public let referralsPerYear: Double
    public let assessmentsPerYear: Double
    public let benchmarks: PlanningSettings.Benchmarks

    public var amhpsPer100000: Double { Double(approvedAMHPs) / population * 100_000 }
    public var rotaFTEPer100000: Double { rotaFTE / population * 100_000 }
    public var referralsPer100000: Double { referralsPerYear / population * 100_000 }
    public var assessmentsPer100000: Double { assessmentsPerYear / population * 100_000 }
    /// AMHPs the BASW working guideline (1 per 10,000) would give this population.
    public var benchmarkAMHPs: Double { benchmarks.amhpsPer100000 * population / 100_000 }
    /// The guideline as a minimum: whole AMHPs, rounded up (30.5 is 31, never 30).
    public var benchmarkMinimumAMHPs: Int { Int((benchmarkAMHPs - 1e-9).rounded(.up)) }
    /// Assessments a year the ADASS 2016/17 national rate would give this population.
    public var benchmarkAssessments: Double { benchmarks.assessmentsPer100000 * population / 100_000 }
}
