/// Who works what: for each employee and day, the shift worked or nothing (a day off).
///
/// A cell holds a set of shifts (as a bit mask, at most 64 shift types) so that a roster breaking
/// "one shift per day" can still be written down and reported by the evaluator.
public struct CurtoisRoster: Sendable, Hashable {
    public let employeeCount: Int
    public let dayCount: Int
    private var cells: [UInt64]

    /// A roster with every employee off every day.
    public init(employeeCount: Int, dayCount: Int) {
        self.employeeCount = employeeCount
        self.dayCount = dayCount
        cells = Array(repeating: 0, count: employeeCount * dayCount)
    }

    public init(for instance: CurtoisInstance) {
        self.init(employeeCount: instance.employees.count, dayCount: instance.dayCount)
    }

    /// A roster from rows of shift ids, one row per employee and one entry per day; `-` (or empty) is off.
    ///
    ///     CurtoisRoster(instance, rows: ["D D - D", "- D D -"])  // spaces separate days
    public init?(_ instance: CurtoisInstance, rows: [String]) {
        self.init(for: instance)
        guard rows.count == employeeCount else { return nil }
        for (e, row) in rows.enumerated() {
            let entries = row.split(separator: " ")
            guard entries.count == dayCount else { return nil }
            for (d, entry) in entries.enumerated() where entry != "-" {
                for id in entry.split(separator: "+") {
                    guard let t = instance.shiftIndex(String(id)) else { return nil }
                    add(t, employee: e, day: d)
                }
            }
        }
    }

    /// The single shift worked, or nil when the day is off (or, wrongly, holds more than one shift).
    public subscript(employee: Int, day: Int) -> Int? {
        get {
            let mask = cells[employee * dayCount + day]
            return mask.nonzeroBitCount == 1 ? mask.trailingZeroBitCount : nil
        }
        set {
            cells[employee * dayCount + day] = newValue.map { 1 << UInt64($0) } ?? 0
        }
    }

    /// Every shift assigned to the employee on the day, in shift order (normally none or one).
    public func shifts(employee: Int, day: Int) -> [Int] {
        let mask = cells[employee * dayCount + day]
        return (0..<64).filter { mask & (1 << UInt64($0)) != 0 }
    }

    /// Whether the employee works any shift on the day.
    public func works(employee: Int, day: Int) -> Bool { cells[employee * dayCount + day] != 0 }

    /// Adds a shift to a cell, keeping any shift already there (so two shifts on a day can be represented).
    public mutating func add(_ shift: Int, employee: Int, day: Int) {
        cells[employee * dayCount + day] |= 1 << UInt64(shift)
    }

    /// One line per employee: id, then each day's shift id or `-`; two shifts on a day are joined by `+`.
    public func text(_ instance: CurtoisInstance) -> String {
        let width = max(1, instance.shifts.map(\.id.count).max() ?? 1)
        let idWidth = instance.employees.map(\.id.count).max() ?? 1
        return (0..<employeeCount).map { e in
            let days = (0..<dayCount).map { d in
                let ids = shifts(employee: e, day: d).map { instance.shifts[$0].id }
                let cell = ids.isEmpty ? "-" : ids.joined(separator: "+")
                return cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0)
            }
            return instance.employees[e].id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + " "
                + days.joined(separator: " ")
        }.joined(separator: "\n")
    }
}
