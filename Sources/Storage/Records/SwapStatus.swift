/// Where a swap request stands: the one list of states, stored in `swap_requests.status`.
///
///     open ──accept──▶ accepted ──approve──▶ approved
///       │                  │  └──reject───▶ rejected
///       ├──decline──▶ declined  (the named colleague says no)
///       ├──withdraw─▶ withdrawn (the offerer, at any time before approval)
///       └──(published rota no longer matches)──▶ expired
public enum SwapStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// Made, waiting for the named colleague (a swap) or for any AMHP (an offer) to accept.
    case open
    /// Accepted by the other AMHP; waiting for a manager.
    case accepted
    /// Approved by a manager: a new rota version (kind `swap`) made the exchange.
    case approved
    /// The named colleague said no.
    case declined
    /// A manager said no, with a note.
    case rejected
    /// The offerer took it back before approval.
    case withdrawn
    /// The published rota changed so the shifts no longer match: ask again.
    case expired

    /// Whether nothing more can happen to it.
    public var isFinished: Bool { ![.open, .accepted].contains(self) }
}

/// What an AMHP asks for: to give a shift away, or to exchange it for a colleague's.
public enum SwapKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// Give a shift to whoever accepts it.
    case offer
    /// Exchange a shift with a named colleague for one of theirs.
    case swap
}
