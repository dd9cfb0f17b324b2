import Foundation
import RotaCheck
import Storage
import Workforce

/// What the rota page shows of pins, re-solving and re-planning: on a draft, how many cells are
/// pinned and the "Re-solve keeping pins" form; on the published rota, the "Re-plan from..." form;
/// on a re-plan's draft (or the version it became), who gains and who loses which shifts against
/// the rota it was based on, and why; and the job a form just queued, followed as the rota list
/// follows a solve.
struct RotaReplanView: Encodable {
    /// One AMHP whose shifts the re-plan changed.
    struct Person: Encodable {
        let amhpID: String
        let name: String
        /// "Mon 14 Dec D, Tue 15 Dec D", or empty.
        let gains: String
        let loses: String
        let why: String
    }

    let canResolve: Bool
    let canReplan: Bool
    let pinCount: Int
    /// The pinned cells' ids (`cell-A01-2026-12-14`), as JSON for `rota-replan.js`.
    let pinsJSON: String
    let firstDay: String
    let lastDay: String
    let suggestedFrom: String
    /// The job a form on this page queued (`?job=`), followed until it makes its draft.
    let jobID: String?
    let basedOn: String?
    let changeReason: String?
    let changeCount: Int
    let people: [Person]

    init(saved: SavedRota, base: SavedRota?, pins: [Pin], hub: Hub, isManager: Bool, jobID: UUID?, today: LocalDate) {
        let record = saved.record, month = record.month
        canResolve = isManager && record.status == .draft
        canReplan = isManager && record.status == .published
        pinCount = pins.count
        let ids = pins.map { "cell-\($0.amhpID)-\($0.date)" }
        pinsJSON = (try? JSONEncoder().encode(ids)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        firstDay = month.firstDay.description
        lastDay = month.lastDay.description
        suggestedFrom = (month.range.contains(today) ? today : month.firstDay).description
        self.jobID = jobID?.uuidString
        basedOn = base?.record.id.uuidString
        changeReason = record.changeKind == .replan ? record.changeReason : nil
        guard let base, record.changeKind == .replan else {
            (changeCount, people) = (0, [])
            return
        }
        // The same diff `amhp replan` wrote as changes.csv, with the same hub and pins, so the same reasons.
        let diff = RotaDiff(before: base.rota, after: saved.rota, hub: hub, pins: pins)
        changeCount = diff.count
        let byAMHP = Dictionary(grouping: diff.changes, by: \.amhpID)
        people = diff.amhpIDs.map { amhpID in
            let changes = byAMHP[amhpID] ?? []
            func cells(_ code: (RotaDiff.Change) -> String?) -> String {
                changes.compactMap { change in code(change).map { "\(PageText.day(change.date.description)) \($0)" } }
                    .joined(separator: ", ")
            }
            return Person(amhpID: amhpID, name: changes.first?.name ?? amhpID, gains: cells(\.after), loses: cells(\.before),
                          why: Self.why(changes))
        }
    }

    /// Each reason the diff gives for an AMHP's cells, with how many cells it explains.
    static func why(_ changes: [RotaDiff.Change]) -> String {
        var counts: [(reason: String, cells: Int)] = []
        for change in changes {
            if let index = counts.firstIndex(where: { $0.reason == change.reason.text }) {
                counts[index].cells += 1
            } else {
                counts.append((change.reason.text, 1))
            }
        }
        return counts.map { "\($0.reason) (\($0.cells) cell\($0.cells == 1 ? "" : "s"))" }.joined(separator: "; ")
    }
}
