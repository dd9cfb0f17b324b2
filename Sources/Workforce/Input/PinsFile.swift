import Foundation

/// Reads `pins.csv` (`amhp_id,date,shift`; an empty shift pins the AMHP off): cells of a rota a
/// manager has fixed, which every solve keeps (`amhp rota --pins`, `amhp replan --pins`).
///
/// Each row names a known AMHP and shift, a date in the month planned (from `from` on, in a
/// re-plan), and one pin per AMHP per day; whether the pins break a hard rule is the checker's
/// business (`PinCheck`), once the file reads.
public enum PinsFile {
    public static let required = ["amhp_id", "date", "shift"]
    public static let optional = ["name", "note"]

    public static func read(_ text: String, fileName: String, hub: Hub, month: Month, from: LocalDate? = nil) throws -> [Pin] {
        var errors: [InputError] = []
        guard let table = CSVTable.parse(text, fileName: fileName, required: required, optional: optional, allowEmpty: true,
                                         errors: &errors) else {
            throw InputErrors(errors)
        }
        let ids: Set<String>? = Set(hub.amhps.map(\.id))
        let codes: Set<String>? = Set(hub.shiftTypes.map(\.code))
        var pins: [Pin] = []
        var lineOfCell: [Cell: Int] = [:]
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let date = row.date("date", &errors)
            if row.text("shift").lowercased() == "any" {
                errors.append(row.error("shift", "\"any\" is not a pin.", fix: "write a shift code from shifts.csv, or leave the shift empty to pin the AMHP off."))
            }
            let shift = ReferenceCheck.shift(row, "shift", codes: codes, allowEmpty: true, errors: &errors)
            guard errors.count == before, let id, let date, let shift else { continue }
            guard month.range.contains(date) else {
                errors.append(row.error("date", "\(date) is not in the month planned, \(month).", fix: "pin only dates of \(month), or plan the month of the pin."))
                continue
            }
            if let from, date < from {
                errors.append(row.error("date", "\(date) is before the re-plan's first day \(from); those days have happened and stay as the rota has them.",
                                        fix: "pin only dates from \(from) on."))
                continue
            }
            let pin = Pin(amhpID: id, date: date, shiftCode: shift)
            if let first = lineOfCell[Cell(amhpID: id, date: date)] {
                errors.append(row.error("date", "\(id) already has a pin on \(date) (line \(first)).", fix: "keep one pin per AMHP per day."))
                continue
            }
            lineOfCell[Cell(amhpID: id, date: date)] = row.line
            pins.append(pin)
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return pins
    }

    /// One AMHP on one date: the unit a pin fixes.
    private struct Cell: Hashable {
        let amhpID: String
        let date: LocalDate
    }

    public static func read(url: URL, hub: Hub, month: Month, from: LocalDate? = nil) throws -> [Pin] {
        var errors: [InputError] = []
        let folder = url.deletingLastPathComponent()
        guard let text = InputText.read(url.lastPathComponent, in: folder, errors: &errors) else {
            throw InputErrors(errors.isEmpty
                ? [InputError(file: url.path, line: nil, field: nil, problem: "there is no such file.", fix: "check the path given to --pins.")]
                : errors)
        }
        return try read(text, fileName: url.lastPathComponent, hub: hub, month: month, from: from)
    }
}
