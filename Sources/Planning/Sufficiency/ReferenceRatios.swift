/// The hub's numbers per 100,000 population beside published benchmarks.
public struct ReferenceRatios: Hashable, Sendable {
    public let population: Double
    public let populationSource: String
    /// Approved AMHPs (not trainees) at the start of the planning month.
    public let approvedAMHPs: Int
    public let referralsPerYear: Double
    public let assessmentsPerYear: Double
    public let benchmarks: PlanningSettings.Benchmarks

    public var amhpsPer100000: Double { Double(approvedAMHPs) / population * 100_000 }
    public var referralsPer100000: Double { referralsPerYear / population * 100_000 }
    public var assessmentsPer100000: Double { assessmentsPerYear / population * 100_000 }
    /// AMHPs the BASW working guideline (1 per 10,000) would give this population.
    public var benchmarkAMHPs: Double { benchmarks.amhpsPer100000 * population / 100_000 }
    /// Assessments a year the ADASS 2016/17 national rate would give this population.
    public var benchmarkAssessments: Double { benchmarks.assessmentsPer100000 * population / 100_000 }
}
