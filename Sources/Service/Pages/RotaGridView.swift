import Foundation
import Workforce

/// What `rota.leaf` shows, laid out from the API's `RotaDetailDTO` so the page and the API say the
/// same: the grid's cells with their classes and text, the coverage rows, the violations and the
/// short shifts.
///
/// `Public/js/rota-grid.js` redraws the same elements from the JSON an edit returns; the cell and
/// coverage rules below (`cellText`, `cellClasses`, `coverClasses`) have twins there to keep in step.
struct RotaGridView: Encodable {
    struct Day: Encodable {
        let date: String
        let day: Int
        let weekday: String
        let classes: String
        let title: String
    }

    struct Shift: Encodable {
        let code: String
        let name: String
        let times: String
        let cssClass: String
    }

    struct Cell: Encodable {
        let id: String
        let date: String
        let shift: String
        let coordinator: Bool
        let text: String
        let classes: String
        let title: String
    }

    struct Row: Encodable {
        let amhpID: String
        let name: String
        let employer: String
        let shifts: Int
        let hours: String
        let contracted: String
        let cells: [Cell]
    }

    struct CoverCell: Encodable {
        let id: String
        let text: String
        let classes: String
        let title: String
    }

    struct CoverRow: Encodable {
        let shift: String
        let name: String
        let cells: [CoverCell]
    }

    struct ViolationLine: Encodable {
        let severity: String
        let rule: String
        let message: String
    }

    struct ShortfallLine: Encodable {
        let when: String
        let shiftName: String
        let headline: String
        let summary: String
    }

    let id: String
    let month: String
    let monthName: String
    let status: String
    /// A draft seen by a manager: cells open the shift picker, and Publish and Delete show.
    let editable: Bool
    let objective: String
    let hardCount: Int
    let softCount: Int
    let banner: String
    let coverSummary: String
    let days: [Day]
    let shiftTypes: [Shift]
    let rows: [Row]
    let coverage: [CoverRow]
    let hardViolations: [ViolationLine]
    let softViolations: [ViolationLine]
    let shortfalls: [ShortfallLine]
    let solverReport: String?

    init(_ detail: RotaDetailDTO, editable: Bool) {
        id = detail.rota.id.uuidString
        month = detail.rota.month
        monthName = Month(detail.rota.month).map(PageText.monthName) ?? detail.rota.month
        status = detail.rota.status
        self.editable = editable
        objective = PageText.objective(detail.objective)
        hardCount = detail.hardViolationCount
        softCount = detail.softViolationCount
        banner = Self.banner(hardCount: detail.hardViolationCount, isDraft: detail.rota.status == "draft")
        coverSummary = Self.coverSummary(detail.coverage)
        let shiftIndex = Dictionary(detail.shiftTypes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        days = detail.days.map { day in
            Day(date: day.date, day: day.day, weekday: day.weekday,
                classes: [day.dayType == "weekday" ? nil : "weekend", day.bankHoliday == nil ? nil : "holiday"]
                    .compactMap { $0 }.joined(separator: " "),
                title: day.bankHoliday ?? "")
        }
        shiftTypes = detail.shiftTypes.enumerated().map { index, shift in
            Shift(code: shift.code, name: shift.name, times: "\(shift.start)–\(shift.end)", cssClass: "shift-\(index)")
        }
        rows = detail.people.map { person in
            Row(amhpID: person.amhpID, name: person.name, employer: person.employer, shifts: person.shifts,
                hours: PageText.hours(person.hours), contracted: PageText.hours(person.contractedHours),
                cells: person.cells.map { Self.cell($0, amhpID: person.amhpID, shiftIndex: shiftIndex) })
        }
        let coverByKey = Dictionary(detail.coverage.map { ("\($0.shift)|\($0.date)", $0) }, uniquingKeysWith: { first, _ in first })
        coverage = detail.shiftTypes.map { shift in
            CoverRow(shift: shift.code, name: shift.name, cells: detail.days.map { day in
                let id = "cover-\(shift.code)-\(day.date)"
                guard let line = coverByKey["\(shift.code)|\(day.date)"] else {
                    return CoverCell(id: id, text: "", classes: "cover", title: "No cover rule for this shift on this day.")
                }
                return CoverCell(id: id, text: "\(line.assigned)/\(line.minimum)", classes: Self.coverClasses(line),
                                 title: Self.coverTitle(line))
            })
        }
        let lines = detail.violations.map { ViolationLine(severity: $0.severity, rule: $0.rule, message: $0.message) }
        hardViolations = lines.filter { $0.severity == "hard" }
        softViolations = lines.filter { $0.severity != "hard" }
        shortfalls = detail.shortfalls.map(Self.shortfall)
        solverReport = detail.solverReport
    }

    /// The check's verdict, first thing on the page.
    static func banner(hardCount: Int, isDraft: Bool) -> String {
        if hardCount == 0 {
            return isDraft ? "No hard-rule violations: this draft can be published." : "No hard-rule violations."
        }
        return "\(hardCount) hard violation\(hardCount == 1 ? "" : "s"): put \(hardCount == 1 ? "it" : "them") right before publishing."
    }

    static func coverSummary(_ coverage: [CoverageDTO]) -> String {
        let met = coverage.filter { $0.shortBy == 0 }.count
        let noCoordinator = coverage.filter { $0.coordinatorRequired && !$0.coordinatorPresent }.count
        return "Minimum cover met on \(met) of \(coverage.count) shifts"
            + (noCoordinator > 0 ? "; \(noCoordinator) without a coordinator." : ".")
    }

    static func cell(_ cell: RotaCellDTO, amhpID: String, shiftIndex: [String: Int]) -> Cell {
        Cell(id: "cell-\(amhpID)-\(cell.date)", date: cell.date, shift: cell.shift ?? "", coordinator: cell.coordinator,
             text: cellText(cell), classes: cellClasses(cell, shiftIndex: shiftIndex), title: cellTitle(cell))
    }

    /// The shift's code (`*` for the coordinator), else the absence's short code, else nothing.
    static func cellText(_ cell: RotaCellDTO) -> String {
        if let shift = cell.shift { return shift + (cell.coordinator ? "*" : "") }
        return cell.absence.map(absenceCode) ?? ""
    }

    /// `shift-N` colours by the shift type's place in the hub's list; `absent` hatches; `hard` outlines red.
    static func cellClasses(_ cell: RotaCellDTO, shiftIndex: [String: Int]) -> String {
        var classes = ["cell"]
        if let shift = cell.shift { classes.append("shift-\(shiftIndex[shift] ?? 0)") }
        if cell.coordinator { classes.append("coordinator") }
        if cell.absence != nil { classes.append("absent") }
        if cell.hardViolation { classes.append("hard") }
        return classes.joined(separator: " ")
    }

    static func cellTitle(_ cell: RotaCellDTO) -> String {
        var parts = [PageText.day(cell.date)]
        if let shift = cell.shift { parts.append(shift + (cell.coordinator ? " (coordinator)" : "")) }
        if let absence = cell.absence { parts.append("absent: \(absence)") }
        if cell.hardViolation { parts.append("breaks a hard rule") }
        return parts.joined(separator: " · ")
    }

    /// The codes the printable rota uses: AL annual leave, SK sick, TR training, TL TOIL, AB other.
    static func absenceCode(_ kind: String) -> String {
        switch kind {
        case "annual": "AL"
        case "sickness": "SK"
        case "training": "TR"
        case "toil": "TL"
        default: "AB"
        }
    }

    static func coverClasses(_ line: CoverageDTO) -> String {
        var classes = ["cover"]
        if line.shortBy > 0 { classes.append("short") }
        if line.coordinatorRequired && !line.coordinatorPresent { classes.append("nocoord") }
        return classes.joined(separator: " ")
    }

    static func coverTitle(_ line: CoverageDTO) -> String {
        var text = "\(line.assigned) on shift; minimum \(line.minimum), target \(line.target)"
        if line.shortBy > 0 { text += "; short by \(line.shortBy)" }
        if line.coordinatorRequired && !line.coordinatorPresent { text += "; no coordinator" }
        return text
    }

    /// As the printable rota says it (`ShortfallText.headline`): "short by 1 (1 of 2 AMHPs); no coordinator on shift".
    static func shortfall(_ shortfall: ShortfallDTO) -> ShortfallLine {
        var parts: [String] = []
        if shortfall.shortBy > 0 { parts.append("short by \(shortfall.shortBy) (\(shortfall.assigned) of \(shortfall.minimum) AMHPs)") }
        if shortfall.missingCoordinator { parts.append("no coordinator on shift") }
        return ShortfallLine(when: PageText.day(shortfall.date), shiftName: shortfall.shiftName,
                             headline: parts.joined(separator: "; "),
                             summary: shortfall.summary.isEmpty ? "none on the rota could count towards it" : shortfall.summary)
    }
}
