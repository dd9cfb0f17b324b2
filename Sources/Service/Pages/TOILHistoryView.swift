/// What `toil-history.leaf` shows: one AMHP's balance today and every ledger entry about them.
struct TOILHistoryView: Encodable {
    struct Line: Encodable {
        let id: String
        let kind: String
        let date: String
        let hours: String
        let heldAfter: String
        let reason: String
        let recordedBy: String
        let recordedOn: String
        let approvedBy: String
        let correctedBy: String?

        init(_ line: TOILHistoryLineDTO) {
            id = line.entry.id
            kind = TOILOverviewView.kindLabel(line.entry.kind) + (line.entry.corrects.map { " of \($0)" } ?? "")
            date = line.entry.date
            hours = (line.signedHours > 0 ? "+" : "") + PageText.hours(line.signedHours)
            heldAfter = PageText.hours(line.heldAfter)
            reason = line.entry.reason
            recordedBy = line.entry.recordedBy
            recordedOn = line.entry.recordedOn
            approvedBy = line.entry.approvedBy ?? ""
            correctedBy = line.correctedBy
        }
    }

    let amhpID: String
    let name: String
    let balance: TOILBalanceLine
    let lines: [Line]
    /// Where "back" goes: the overview for staff, the AMHP's own page for an AMHP.
    let backLink: String
    let backLabel: String

    init(amhpID: String, name: String, balance: TOILBalanceDTO, history: [TOILHistoryLineDTO], isOwnPage: Bool) {
        self.amhpID = amhpID
        self.name = name
        self.balance = TOILBalanceLine(balance)
        // Newest first: the question is usually about the latest entries.
        lines = history.reversed().map(Line.init)
        (backLink, backLabel) = isOwnPage ? ("/my", "Back to my rota") : ("/toil", "Back to all balances")
    }
}
