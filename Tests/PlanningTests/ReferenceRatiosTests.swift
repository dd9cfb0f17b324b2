import Testing
@testable import Planning

/// The hub's ratios beside BASW's working guideline (1 AMHP per 10,000 people): a guideline for a
/// minimum is met only by whole AMHPs, and headcount is shown beside rota FTE.
@Suite struct ReferenceRatiosTests {
    static func ratios(population: Double, approved: Int = 20, rotaFTE: Double = 21.35) -> ReferenceRatios {
        ReferenceRatios(population: population, populationSource: "ONS mid-2023", approvedAMHPs: approved, rotaFTE: rotaFTE,
                        referralsPerYear: 900, assessmentsPerYear: 700, benchmarks: PlanningSettings.Benchmarks())
    }

    /// 305,000 people at 10 per 100,000 is 30.5 AMHPs: at least 31, never "30".
    @Test func theGuidelineIsRoundedUpToWholeAMHPs() {
        let ratios = Self.ratios(population: 305_000)
        #expect(ratios.benchmarkAMHPs == 30.5)
        #expect(ratios.benchmarkMinimumAMHPs == 31)
        #expect(ReferenceRatiosText.baswGuideline(ratios)
                == "BASW working guideline of 10 per 100,000: at least 31 AMHPs (30.5)")
    }

    /// 300,000 people is exactly 30 AMHPs, not 31; and the zero case, no people, needs none.
    @Test func aWholeNumberStaysAndNoPopulationNeedsNoOne() {
        #expect(Self.ratios(population: 300_000).benchmarkMinimumAMHPs == 30)
        #expect(Self.ratios(population: 0).benchmarkMinimumAMHPs == 0)
        #expect(Self.ratios(population: 5_000).benchmarkMinimumAMHPs == 1, "half an AMHP is one AMHP")
    }

    /// Twenty approved AMHPs giving 21.35 rota FTE for 305,000 people: 6.6 per 100,000 by headcount, 7.0 in FTE.
    @Test func headcountIsShownBesideRotaFTE() {
        let ratios = Self.ratios(population: 305_000)
        #expect(ReferenceRatiosText.amhps(ratios) == "6.6 per 100,000 (20 approved AMHPs; 7.0 in rota FTE)")
    }
}
