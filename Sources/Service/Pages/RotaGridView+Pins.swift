import Foundation
import Workforce

/// Pinned cells on the grid: a pin mark (hidden from screen readers) with the words "pinned" for
/// them, and "pinned" in the cell's title. `Public/js/rota-replan.js` keeps the marks when the
/// grid is redrawn after an edit.
extension RotaGridView {
    func marking(_ pins: [Pin]) -> RotaGridView {
        guard !pins.isEmpty else { return self }
        let pinned = Set(pins.map { "cell-\($0.amhpID)-\($0.date)" })
        var view = self
        view.rows = rows.map { row in
            Row(amhpID: row.amhpID, name: row.name, employer: row.employer, shifts: row.shifts, shiftsTitle: row.shiftsTitle,
                hours: row.hours, contracted: row.contracted, cells: row.cells.map { cell in
                    guard pinned.contains(cell.id) else { return cell }
                    return Cell(id: cell.id, date: cell.date, shift: cell.shift, coordinator: cell.coordinator, text: cell.text,
                                classes: cell.classes + " pinned", title: cell.title + " · pinned", pinned: true)
                })
        }
        return view
    }
}
