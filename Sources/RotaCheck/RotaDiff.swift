import Workforce

/// Two versions of a month's rota compared cell by cell (AMHP × date): who gains and who loses
/// which shifts, and why. `amhp replan` writes it as changes.csv; the service compares versions with it.
public struct RotaDiff: Sendable {
    /// Why a cell changed, as far as the hub and the pins say.
    public enum Reason: Hashable, Sendable {
        /// The AMHP is now absent on that date (their shift was taken away).
        case absent(Absence.Kind)
        /// A manager pinned the cell to what it now is.
        case pinned
        /// The solver moved it to keep cover, contracts and fairness.
        case replanned

        /// The reason as changes.csv and the report write it.
        public var text: String {
            switch self {
            case .absent(let kind): "absent: \(kind.rawValue)"
            case .pinned: "pinned"
            case .replanned: "re-planned"
            }
        }
    }

    /// One AMHP's shift on one date, before and after (nil: off).
    public struct Change: Hashable, Sendable {
        public let amhpID: String
        public let name: String
        public let date: LocalDate
        public let before: String?
        public let after: String?
        public let reason: Reason
    }

    /// Changes in hub order of AMHPs (then any AMHP the hub no longer has), then by date.
    public let changes: [Change]

    public init(before: Rota, after: Rota, hub: Hub, pins: [Pin] = []) {
        let old = Self.cells(before), new = Self.cells(after)
        let pinned = Set(pins.map { PinnedCell(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) })
        let order = Dictionary(hub.amhps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        changes = keys.sorted { ((order[$0.amhpID] ?? Int.max), $0.amhpID, $0.date) < ((order[$1.amhpID] ?? Int.max), $1.amhpID, $1.date) }
            .map { key in
                let was = old[key], now = new[key]
                let reason: Reason
                if pinned.contains(PinnedCell(amhpID: key.amhpID, date: key.date, shiftCode: now)) {
                    reason = .pinned
                } else if was != nil, now == nil, let absence = hub.absence(of: key.amhpID, on: key.date) {
                    reason = .absent(absence.kind)
                } else {
                    reason = .replanned
                }
                return Change(amhpID: key.amhpID, name: hub.amhp(key.amhpID)?.name ?? key.amhpID, date: key.date,
                              before: was, after: now, reason: reason)
            }
    }

    /// Cells changed.
    public var count: Int { changes.count }

    /// The AMHPs whose shifts changed, in the order of `changes`.
    public var amhpIDs: [String] {
        var seen = Set<String>()
        return changes.map(\.amhpID).filter { seen.insert($0).inserted }
    }

    /// Shifts an AMHP had before and not after on the same date (taken away or swapped for another).
    public func shiftsLost(by amhpID: String) -> [Change] {
        changes.filter { $0.amhpID == amhpID && $0.before != nil }
    }

    /// One AMHP on one date.
    private struct Cell: Hashable {
        let amhpID: String
        let date: LocalDate
    }

    private struct PinnedCell: Hashable {
        let amhpID: String
        let date: LocalDate
        let shiftCode: String?
    }

    /// Each cell's first shift, as `Rota.shift(of:on:)` reads it.
    private static func cells(_ rota: Rota) -> [Cell: String] {
        var cells: [Cell: String] = [:]
        for assignment in rota.assignments where cells[Cell(amhpID: assignment.amhpID, date: assignment.date)] == nil {
            cells[Cell(amhpID: assignment.amhpID, date: assignment.date)] = assignment.shiftCode
        }
        return cells
    }
}
