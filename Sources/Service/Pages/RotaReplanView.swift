import Foundation
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
        let comparison = RotaComparison(from: base.rota, to: saved.rota)
        changeCount = comparison.changes.count
        let pinned = Set(pins.map { "\($0.amhpID)|\($0.date)" })
        people = comparison.amhpIDs.map { amhpID in
            let changes = comparison.changes.filter { $0.amhpID == amhpID }
            func cells(_ code: (RotaComparison.Change) -> String?) -> String {
                changes.compactMap { change in code(change).map { "\(PageText.day(change.date.description)) \($0)" } }
                    .joined(separator: ", ")
            }
            return Person(amhpID: amhpID, name: hub.amhp(amhpID)?.name ?? amhpID, gains: cells(\.after), loses: cells(\.before),
                          why: Self.engineReasons(changes, report: record.report)
                            ?? Self.why(changes, amhpID: amhpID, hub: hub, pinned: pinned))
        }
    }

    /// The reasons `amhp replan` gave for these cells (changes.csv, kept in the draft's report as
    /// `replan_reasons`), each once; nil when it gave none.
    static func engineReasons(_ changes: [RotaComparison.Change], report: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any],
              let reasons = object["replan_reasons"] as? [String: String] else { return nil }
        var seen: [String] = []
        for change in changes {
            if let reason = reasons["\(change.amhpID)|\(change.date)"], !seen.contains(reason) { seen.append(reason) }
        }
        return seen.isEmpty ? nil : seen.joined(separator: "; ")
    }

    /// Why an AMHP's cells changed, when the engine did not say: an absence on a day they lost, a pin, or the re-plan keeping
    /// cover and the rules once others' shifts moved.
    static func why(_ changes: [RotaComparison.Change], amhpID: String, hub: Hub, pinned: Set<String>) -> String {
        var reasons: [String] = []
        let absences = changes.compactMap { change in change.before == nil ? nil : hub.absence(of: amhpID, on: change.date) }
        for kind in Array(Set(absences.map(\.kind.rawValue))).sorted() {
            let days = absences.filter { $0.kind.rawValue == kind }.count
            reasons.append("absent (\(kind)) on \(days) day\(days == 1 ? "" : "s") they were rostered")
        }
        let pins = changes.filter { pinned.contains("\(amhpID)|\($0.date)") }.count
        if pins > 0 { reasons.append("\(pins) pinned cell\(pins == 1 ? "" : "s")") }
        let rest = changes.count - absences.count - pins
        if rest > 0 { reasons.append("re-planned to keep cover and the rules after the changes above (\(rest) cell\(rest == 1 ? "" : "s"))") }
        return reasons.joined(separator: "; ")
    }
}
