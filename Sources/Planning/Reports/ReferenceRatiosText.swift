/// How the report and the page word the hub's ratios beside their benchmarks, once.
public enum ReferenceRatiosText {
    /// `6.6 per 100,000 (20 approved AMHPs; 7.0 in rota FTE)`: headcount, then rota FTE, which a hub
    /// of part-timers or of AMHPs with other duties has less of.
    public static func amhps(_ ratios: ReferenceRatios) -> String {
        "\(NumberText.fixed(ratios.amhpsPer100000)) per 100,000 (\(ratios.approvedAMHPs) approved AMHPs; "
            + "\(NumberText.fixed(ratios.rotaFTEPer100000)) in rota FTE)"
    }

    /// `BASW working guideline of 10 per 100,000: at least 31 AMHPs (30.5)`. A guideline for a minimum
    /// is met only by whole AMHPs, so it is rounded up.
    public static func baswGuideline(_ ratios: ReferenceRatios) -> String {
        "BASW working guideline of \(NumberText.plain(ratios.benchmarks.amhpsPer100000)) per 100,000: "
            + "at least \(ratios.benchmarkMinimumAMHPs) AMHPs (\(NumberText.fixed(ratios.benchmarkAMHPs)))"
    }
}
