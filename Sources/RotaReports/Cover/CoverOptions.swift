import Workforce

/// Who could be put on one shift of one date: those who may, cheapest first, and those who may not, with why.
public struct CoverOptions: Sendable, Hashable {
    /// An AMHP who may take the shift without breaking a hard rule, and what it would cost.
    public struct Candidate: Sendable, Hashable {
        public let amhpID: String
        public let name: String
        public let effect: ChangeEffect
    }

    public let date: LocalDate
    public let shiftCode: String
    public let shiftName: String
    /// Cover on the shift as it stands (people counting towards cover) and its minimum.
    public let assigned: Int
    public let minimum: Int
    /// Already on the shift, in hub order.
    public let onShift: [String]
    /// Ranked by the objective change (lowest first), then hub order.
    public let candidates: [Candidate]
    /// Everyone else, in hub order, with the reason (the short-shift explanations' own reasons).
    public let cannot: [ShortfallExplanation.Candidate]

    public var shortBy: Int { max(0, minimum - assigned) }
}
