/// The rota a re-plan starts from: the days before `from` are fixed to it (they have happened),
/// and from `from` on each (AMHP, date) whose shift differs from it costs `changed_cell`.
///
/// The model, the checker and the diff all read the same cells from here, so they agree.
public struct RotaBaseline: Hashable, Sendable {
    public let rota: Rota
    /// The first day that may change.
    public let from: LocalDate
    private let cells: [Cell: String]

    /// One AMHP on one date.
    private struct Cell: Hashable {
        let amhpID: String
        let date: LocalDate
    }

    public init(rota: Rota, from: LocalDate) {
        self.rota = rota
        self.from = from
        var cells: [Cell: String] = [:]
        // The first shift of a day, as `Rota.shift(of:on:)` reads it, should a hand edit give two.
        for assignment in rota.assignments where cells[Cell(amhpID: assignment.amhpID, date: assignment.date)] == nil {
            cells[Cell(amhpID: assignment.amhpID, date: assignment.date)] = assignment.shiftCode
        }
        self.cells = cells
    }

    public var month: Month { rota.month }

    /// The shift the baseline gives an AMHP on a date, or nil for off.
    public func shiftCode(of amhpID: String, on date: LocalDate) -> String? {
        cells[Cell(amhpID: amhpID, date: date)]
    }

    /// Whether a date is open to the re-plan (on or after `from`); earlier dates are fixed.
    public func isOpen(_ date: LocalDate) -> Bool { date >= from }

    /// The fixed past as pins: every cell of these AMHPs before `from` in the month, shift or off.
    public func pastPins(amhpIDs: [String]) -> [Pin] {
        amhpIDs.flatMap { id in
            month.dates.filter { !isOpen($0) }.map { Pin(amhpID: id, date: $0, shiftCode: shiftCode(of: id, on: $0)) }
        }
    }
}
