import Foundation
import Workforce

/// One shift of one AMHP: who, which day, which shift.
public struct SwapShift: Hashable, Sendable {
    public let amhpID: String
    public let date: LocalDate
    public let shiftCode: String

    public init(amhpID: String, date: LocalDate, shiftCode: String) {
        self.amhpID = amhpID
        self.date = date
        self.shiftCode = shiftCode
    }
}

/// What a new swap request holds before it is stored.
public struct NewSwap: Hashable, Sendable {
    public let month: Month
    public let kind: SwapKind
    /// The offering AMHP's own shift.
    public let offered: SwapShift
    /// The named colleague (a swap; nil for an open offer).
    public let colleagueID: String?
    /// The colleague's shift the offerer would take (a swap only).
    public let wanted: SwapShift?
    public let notes: String
    /// The published version the request was made against.
    public let basedOn: UUID

    public init(month: Month, kind: SwapKind, offered: SwapShift, colleagueID: String?, wanted: SwapShift?, notes: String,
                basedOn: UUID) {
        self.month = month
        self.kind = kind
        self.offered = offered
        self.colleagueID = colleagueID
        self.wanted = wanted
        self.notes = notes
        self.basedOn = basedOn
    }
}

/// A stored swap request (table `swap_requests`).
public struct SwapRecord: Hashable, Sendable {
    public let id: UUID
    public let month: Month
    public let kind: SwapKind
    public let status: SwapStatus
    public let offered: SwapShift
    /// The other AMHP: the named colleague, or whoever accepted an offer; nil for an offer not yet taken.
    public let colleagueID: String?
    /// The colleague's shift the offerer takes in exchange (a swap only).
    public let wanted: SwapShift?
    public let notes: String
    public let createdBy: String
    public let createdAt: Date
    public let updatedAt: Date
    /// The user who accepted, and when.
    public let acceptedBy: String?
    public let acceptedAt: Date?
    /// The user who approved, rejected, declined, withdrew or found it expired, and when.
    public let decidedBy: String?
    public let decidedAt: Date?
    /// The manager's note, the reason it was declined, or why it expired.
    public let decisionNote: String?
    /// Whether a manager approved it although the checker found a hard rule broken.
    public let overrode: Bool
    /// The published version the request was made against.
    public let basedOn: UUID
    /// The rota version its approval made.
    public let versionID: UUID?

    /// The rota cells after the exchange: the offered shift goes to the colleague, and (a swap) the
    /// colleague's shift goes to the offerer; nil while an offer has no taker.
    public var exchanged: [SwapShift]? {
        guard let colleagueID else { return nil }
        var cells = [SwapShift(amhpID: colleagueID, date: offered.date, shiftCode: offered.shiftCode)]
        if let wanted { cells.append(SwapShift(amhpID: offered.amhpID, date: wanted.date, shiftCode: wanted.shiftCode)) }
        return cells
    }

    /// Whether the AMHP is the offerer or the other AMHP.
    public func involves(_ amhpID: String) -> Bool { offered.amhpID == amhpID || colleagueID == amhpID }
}
