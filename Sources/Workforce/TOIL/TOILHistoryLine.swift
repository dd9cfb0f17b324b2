/// One line of an AMHP's TOIL history: an entry, its effect, and the hours held after it.
public struct TOILHistoryLine: Hashable, Sendable {
    public let entry: TOILEntry
    /// 0-based position of the entry in recording order.
    public let sequence: Int
    /// The entry's effect on held hours (a correction reverses the entry it cancels; a plan moves nothing).
    public let signedHours: TOILHours
    /// Running total of `signedHours` over the history so far.
    public let heldAfter: TOILHours
    /// The id of the correction that cancelled this entry, if any.
    public let correctedBy: String?

    public init(entry: TOILEntry, sequence: Int, signedHours: TOILHours, heldAfter: TOILHours, correctedBy: String?) {
        self.entry = entry
        self.sequence = sequence
        self.signedHours = signedHours
        self.heldAfter = heldAfter
        self.correctedBy = correctedBy
    }
}
