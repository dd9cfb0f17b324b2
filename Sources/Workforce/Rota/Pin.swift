/// A cell of a draft a manager has fixed: this AMHP works this shift on this date, or (no shift)
/// is off. Every re-solve keeps it; a pin that breaks a hard rule is refused with the rule.
public struct Pin: Hashable, Sendable {
    public let amhpID: String
    public let date: LocalDate
    /// The shift pinned, or nil for "off".
    public let shiftCode: String?

    public init(amhpID: String, date: LocalDate, shiftCode: String?) {
        self.amhpID = amhpID
        self.date = date
        self.shiftCode = shiftCode
    }
}
