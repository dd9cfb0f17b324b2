/// Something about an AMHP's TOIL that HR should act on under the local policy.
public struct TOILAlert: Hashable, Sendable {
    public let amhpID: String
    public let kind: Kind
    public let asOf: LocalDate

    public init(amhpID: String, kind: Kind, asOf: LocalDate) {
        self.amhpID = amhpID
        self.kind = kind
        self.asOf = asOf
    }

    /// The two breaches of policy the ledger watches for.
    public enum Kind: Hashable, Sendable {
        /// More than the cap is held.
        case overCap(held: TOILHours, cap: TOILHours)
        /// Hours earned more than the window's days ago are still held; `oldest` is when the oldest were earned.
        case heldBeyondWindow(hours: TOILHours, oldest: LocalDate, deadline: LocalDate, windowDays: Int)
    }

    /// A sentence for HR, naming the AMHP and the figures.
    public var message: String {
        switch kind {
        case .overCap(let held, let cap):
            "\(amhpID) holds \(held) of TOIL on \(asOf), over the cap of \(cap) by \(held - cap)."
        case .heldBeyondWindow(let hours, let oldest, let deadline, let windowDays):
            "\(amhpID) holds \(hours) of TOIL earned more than \(windowDays) days before \(asOf); the oldest, earned on \(oldest), was due to be taken by \(deadline)."
        }
    }
}
