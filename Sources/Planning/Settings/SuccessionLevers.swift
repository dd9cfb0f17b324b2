/// What the succession plan may use beside training, each with its lead time, limit and cost
/// (planning.yaml `levers:`). A limit of 0 turns a lever off.
///
/// - Recruiting qualified AMHPs: permanent, from `recruitLeadMonths` after the as-of date, at most
///   `recruitPerYear` a year, each costing `recruitCost` once (advert, interviews, induction).
/// - Agency AMHPs: at once, for a quarter at a time, at most `agencyMaxFTE`, at
///   `agencyCostPerFTEYear` pro rata.
/// - Extra shifts from NHS AMHPs beyond their agreements: at once, at most `nhsExtraMaxFTE`, at
///   `nhsExtraCostPerFTEYear` pro rata.
///
/// The plan also avoids permanent FTE beyond the target (`overshootCostPerFTEYear`: what an AMHP
/// the rota does not need still costs), so it does not train early to stay ahead.
public struct SuccessionLevers: Hashable, Sendable {
    public var recruitLeadMonths = 6
    public var recruitPerYear = 2
    public var recruitCost = 8_000.0
    public var agencyMaxFTE = 2.0
    public var agencyCostPerFTEYear = 95_000.0
    public var nhsExtraMaxFTE = 1.0
    public var nhsExtraCostPerFTEYear = 60_000.0
    public var overshootCostPerFTEYear = 50_000.0

    public init() {}

    /// Training only, as plans were before the other levers: recruitment, agency and extra NHS
    /// shifts off, and overshoot not priced.
    public static var trainingOnly: SuccessionLevers {
        var levers = SuccessionLevers()
        (levers.recruitPerYear, levers.agencyMaxFTE, levers.nhsExtraMaxFTE, levers.overshootCostPerFTEYear) = (0, 0, 0, 0)
        return levers
    }
}
