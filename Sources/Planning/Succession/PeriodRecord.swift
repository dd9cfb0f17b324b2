/// What happened in one period of one simulation: the bookkeeping and the register at its end.
public struct PeriodRecord: Hashable, Sendable {
    /// Approved AMHPs on the register at the start of the period.
    public var start = 0
    /// Approved in the period: newly qualified trainees and those approved from a later date.
    public var joined = 0
    public var retired = 0
    public var left = 0
    public var notReapproved = 0
    /// Approved AMHPs at the end of the period.
    public var end = 0
    /// Rota FTE at the end (a suspended AMHP counts on the register but gives the rota nothing).
    public var fte = 0.0
    /// Headcount and FTE at the end by group, in the order of `ProjectionResult.groups`
    /// (`employer: LA`, `profession: nurse`, ...).
    public var headcountByGroup: [Int]
    public var fteByGroup: [Double]

    public init(groups: Int) {
        headcountByGroup = Array(repeating: 0, count: groups)
        fteByGroup = Array(repeating: 0, count: groups)
    }

    public var leaves: Int { retired + left + notReapproved }

    /// People neither appear nor vanish: start + joins − leaves = end.
    public var balances: Bool { start + joined - leaves == end }
}
