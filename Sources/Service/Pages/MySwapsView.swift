import Foundation
import Storage
import Vapor
import Workforce

/// The "Swaps" panel of /my (`my-swaps.leaf`): forms to offer one of my published shifts or ask
/// a named colleague to exchange it for one of theirs, the requests I am party to, and open offers
/// from others. Colleagues' published shifts are listed to pick from (shifts only, no absences).
struct MySwapsView: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Colleague: Encodable {
        let name: String
        let shifts: [Option]
    }

    /// The form as typed, when it was refused.
    struct Form: Encodable {
        let kind: String
        let myShift: String
        let theirShift: String
        let notes: String
    }

    var myShifts: [Option] = []
    var colleagues: [Colleague] = []
    var mine: [SwapLine] = []
    var offers: [SwapLine] = []
    var notes = ""
    var kind = "offer"
    var error: String?
    var problems: [Problem] = []
    var notice: String?

    static let none = MySwapsView()

    /// My shifts and colleagues' still to come in the published rotas of `month` and the next,
    /// and the requests I may see; `form` is put back as typed.
    static func load(_ request: Request, amhpID: String, month: Month, form: Form? = nil) async throws -> MySwapsView {
        let stores = request.stores
        let hub = try await stores.hub.require()
        let today = ServiceClock.today
        var view = MySwapsView()
        var theirs: [String: [Option]] = [:]
        for shown in [month, month.next] {
            guard let published = try await stores.rotas.published(month: shown) else { continue }
            for assignment in published.rota.assignments.sorted(by: { ($0.date, $0.shiftCode) < ($1.date, $1.shiftCode) })
            where assignment.date >= today {
                let label = "\(PageText.day("\(assignment.date)")): \(assignment.shiftCode)"
                    + (hub.shiftType(assignment.shiftCode).map { " (\($0.name))" } ?? "")
                if assignment.amhpID == amhpID {
                    let value = "\(assignment.date)|\(assignment.shiftCode)"
                    view.myShifts.append(Option(value: value, label: label, selected: form?.myShift == value))
                } else {
                    let value = "\(assignment.amhpID)|\(assignment.date)|\(assignment.shiftCode)"
                    theirs[assignment.amhpID, default: []].append(Option(value: value, label: label, selected: form?.theirShift == value))
                }
            }
        }
        view.colleagues = hub.amhps.filter { theirs[$0.id] != nil }.map { Colleague(name: "\($0.name) (\($0.id))", shifts: theirs[$0.id] ?? []) }
        let swaps = try await request.swaps.swaps()
        for swap in swaps where SwapDesk.isVisible(swap, to: amhpID) {
            var line = SwapLine(swap, hub: hub)
            let open = swap.status == .open
            line.canAccept = open && swap.offered.amhpID != amhpID && (swap.kind == .offer || swap.colleagueID == amhpID)
            line.canDecline = open && swap.kind == .swap && swap.colleagueID == amhpID
            line.canWithdraw = !swap.status.isFinished && swap.offered.amhpID == amhpID
            if swap.involves(amhpID) { view.mine.append(line) } else { view.offers.append(line) }
        }
        if let form { (view.notes, view.kind) = (form.notes, form.kind) }
        return view
    }
}
