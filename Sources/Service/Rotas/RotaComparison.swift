import Foundation
import Storage
import Workforce

/// Two rotas of one month compared cell by cell: each (AMHP, day) whose shift or coordinator role
/// differs, and the AMHPs with such a cell. Kept small and in one file so that a fuller diff (the
/// re-plan's) can replace it.
struct RotaComparison: Sendable {
    /// One cell that differs: the shift before and after (nil for none), with "*" for a coordinator.
    struct Change: Hashable, Sendable {
        let amhpID: String
        let date: LocalDate
        let before: String?
        let after: String?
    }

    let changes: [Change]

    /// The AMHPs whose shifts changed, in id order.
    var amhpIDs: [String] { Array(Set(changes.map(\.amhpID))).sorted() }

    init(from old: Rota, to new: Rota) {
        let before = Self.cells(old), after = Self.cells(new)
        changes = Set(before.keys).union(after.keys).compactMap { key -> Change? in
            guard before[key] != after[key] else { return nil }
            return Change(amhpID: key.amhpID, date: key.date, before: before[key], after: after[key])
        }.sorted { ($0.date, $0.amhpID) < ($1.date, $1.amhpID) }
    }

    private struct Cell: Hashable {
        let amhpID: String
        let date: LocalDate
    }

    /// Each (AMHP, day)'s shift codes, "+"-joined where there is more than one, "*" marking a coordinator.
    private static func cells(_ rota: Rota) -> [Cell: String] {
        Dictionary(grouping: rota.assignments) { Cell(amhpID: $0.amhpID, date: $0.date) }.mapValues { assignments in
            assignments.map { $0.shiftCode + ($0.isCoordinator ? "*" : "") }.sorted().joined(separator: "+")
        }
    }
}
