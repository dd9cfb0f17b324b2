import Storage
import Vapor
import Workforce

/// The /my panel's swap form as posted: `my_shift` is "date|shift", `their_shift` "amhp|date|shift".
struct SwapFormFields: Content {
    let kind: String?
    let myShift: String?
    let theirShift: String?
    let notes: String?
    let month: String?

    enum CodingKeys: String, CodingKey {
        case kind, myShift = "my_shift", theirShift = "their_shift", notes, month
    }

    var newSwap: NewSwapDTO {
        let mine = (myShift ?? "").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let theirs = (theirShift ?? "").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let isSwap = kind == SwapKind.swap.rawValue
        return NewSwapDTO(kind: kind, date: mine.first, shift: mine.count > 1 ? mine[1] : nil,
                          colleagueID: isSwap ? theirs.first : nil, theirDate: isSwap && theirs.count > 1 ? theirs[1] : nil,
                          theirShift: isSwap && theirs.count > 2 ? theirs[2] : nil, notes: notes)
    }

    var form: MySwapsView.Form {
        MySwapsView.Form(kind: kind ?? "offer", myShift: myShift ?? "", theirShift: theirShift ?? "", notes: notes ?? "")
    }

    /// The month /my was showing; this month when absent or unreadable.
    var shownMonth: Month { month.flatMap { Month($0) } ?? ServiceClock.thisMonth }
}

/// Accept, decline or withdraw as posted: an optional note.
struct SwapAnswerFields: Content {
    let note: String?
}

/// Approve or decline as posted: the note and the override tick (`yes`).
struct SwapDecisionFields: Content {
    let note: String?
    let override: String?
}
