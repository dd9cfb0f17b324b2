extension TOILLedger: Equatable {
    /// Two ledgers are equal when they hold the same entries in the same order for the same AMHPs.
    public static func == (lhs: TOILLedger, rhs: TOILLedger) -> Bool {
        lhs.entries == rhs.entries && lhs.amhpIDs == rhs.amhpIDs
    }
}

extension TOILLedger: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(amhpIDs)
    }
}
