import Storage
import Workforce

/// One swap request as the pages list it: who gives which shift, for what, and where it stands.
struct SwapLine: Encodable {
    let id: String
    let kind: String
    let status: String
    /// "Helen Whitfield gives D on Mon 2026-12-14".
    let summary: String
    let notes: String
    let decisionNote: String
    let when: String
    /// Buttons the viewer may use.
    var canAccept = false
    var canDecline = false
    var canWithdraw = false

    init(_ swap: SwapRecord, hub: Hub) {
        func name(_ id: String) -> String { hub.amhp(id)?.name ?? id }
        let offered = "\(swap.offered.shiftCode) on \(PageText.day("\(swap.offered.date)"))"
        switch (swap.kind, swap.colleagueID, swap.wanted) {
        case (.swap, let colleague?, let wanted?):
            summary = "\(name(swap.offered.amhpID)) gives \(offered) to \(name(colleague)) for \(wanted.shiftCode) on \(PageText.day("\(wanted.date)"))"
        case (_, let colleague?, _):
            summary = "\(name(swap.offered.amhpID)) gives \(offered) to \(name(colleague))"
        default:
            summary = "\(name(swap.offered.amhpID)) offers \(offered) to any AMHP"
        }
        (id, kind, status, notes) = (swap.id.uuidString, swap.kind.rawValue, swap.status.rawValue, swap.notes)
        decisionNote = swap.decisionNote ?? ""
        when = PageText.moment(swap.updatedAt)
    }
}
