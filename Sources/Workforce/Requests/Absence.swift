/// Time an AMHP is away from the rota: they cannot be given any shift on these days.
public struct Absence: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case annual
        case sickness
        case training
        case toil
        case other
    }

    public let amhpID: String
    public let kind: Kind
    public let dates: DateRange
    public let note: String

    public init(amhpID: String, kind: Kind, dates: DateRange, note: String = "") {
        self.amhpID = amhpID
        self.kind = kind
        self.dates = dates
        self.note = note
    }
}
