import Foundation
import Workforce

/// What `rota.leaf` shows, laid out from the API's `RotaDetailDTO` so the page and the API say the
/// same: the grid's cells with their classes and text, the coverage and duty rows, each shift's
/// minimum, target and maximum, the violations, the short shifts, the enhancement cost and (for the
/// roles that see it) the quality section.
///
/// `Public/js/rota-grid.js` redraws the same elements from the JSON an edit returns; the cell,
/// coverage and quality rules (`cellText`, `cellClasses`, and in `RotaGridView+Coverage.swift` and
/// `RotaQualityView`) have twins there to keep in step.
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
        /// A duty shift: hours off the rota, never cover.
        let duty: Bool
    }

    struct Cell: Encodable {
        let id: String
        let date: String
        let shift: String
        let coordinator: Bool
        let text: String
        let classes: String
        let title: String
        /// A pinned cell (`RotaGridView+Pins.swift`): marked, with "pinned" in its words.
        var pinned = false
    }

    struct Row: Encodable {
        let amhpID: String
        let name: String
        let employer: String
        let shifts: Int
        /// Rota and duty shifts apart, when there is duty: "10 rota, 2 duty (16 h)".
        let shiftsTitle: String
        let hours: String
        let contracted: String
        let cells: [Cell]
    }

    struct CoverCell: Encodable {
        let id: String
        let text: String
        let classes: String
        let title: String
        /// For a short rota shift, when the viewer may ask: the "Who can cover" page for it.
        var link: String? = nil
    }

    /// A rota shift's coverage, or a duty shift's people on duty, day by day.
    struct CoverRow: Encodable {
        let shift: String
        let name: String
        let cells: [CoverCell]
    }

    /// One shift's minimum, target and maximum on each day type ("3 · 4 · 5"), or its duty cap.
    struct RuleRow: Encodable {
        let shift: String
        let name: String
        let duty: Bool
        let cells: [String]
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
        /// The "Who can cover" page for the shift, when the viewer may open it.
        var coverLink: String? = nil
    }

    let id: String
    let month: String
    let monthName: String
    let status: String
    /// A draft seen by a manager: cells open the shift picker, and Publish and Delete show.
    let editable: Bool
    /// The viewer may open "Who can cover" (`CoverAPI.roles`): short shifts link to it.
    let coverLinks: Bool
    let objective: String
    /// The rota in one sentence, shown instead of the objective (`RotaSummarySentence`).
    let summary: String
    let hardCount: Int
    let softCount: Int
    let banner: String
    let coverSummary: String
    let days: [Day]
    let shiftTypes: [Shift]
    /// Variable so that pins can be marked on the cells (`RotaGridView+Pins.swift`).
    var rows: [Row]
    let coverage: [CoverRow]
    let duty: [CoverRow]
    /// The day types, as the rules table heads its columns.
    let dayTypes: [String]
    let rules: [RuleRow]
    /// The month's enhancement for unsocial hours: "£1234.50".
    let enhancement: String
    let quality: RotaQualityView?
    let hardViolations: [ViolationLine]
    let softViolations: [ViolationLine]
    let shortfalls: [ShortfallLine]
    let solverReport: String?
    /// On a published rota seen by a manager: what it breaks in the next month's draft.
    var nextMonth: NextMonthView?
    /// Pins, re-solve and re-plan, and a re-plan's changes (`RotaReplanView`), set by `RotaPages.grid`.
    var replan: RotaReplanView? = nil
    /// Everything below the page's head (`rota-body.leaf`: the legend, the grid, the rules, the quality,
    /// the violations and the short shifts) as HTML, rendered once per `RotaGridFragments` key:
    /// `rota.leaf` embeds it.
    var bodyHTML = ""

    /// The next month's draft and the hard rules the published month now makes it break.
    struct NextMonthView: Encodable {
        let rotaID: String
        let monthName: String
        let messages: [String]

        init(_ check: NextMonthCheckDTO) {
            rotaID = check.rotaID.uuidString
            monthName = Month(check.month).map(PageText.monthName) ?? check.month
            messages = check.violations.map(\.message)
        }
    }

    /// The page of `detail`; with `body` false only its head (status, counts, summary), for a page whose
    /// body is already rendered (`RotaGridFragments`): laying out ~1,200 cells was most of its time.
    init(_ detail: RotaDetailDTO, editable: Bool, coverLinks: Bool = false, body: Bool = true) {
        id = detail.rota.id.uuidString
        self.coverLinks = coverLinks
        month = detail.rota.month
        monthName = Month(detail.rota.month).map(PageText.monthName) ?? detail.rota.month
        status = detail.rota.status
        self.editable = editable
        objective = PageText.objective(detail.objective)
        summary = detail.summary
        hardCount = detail.hardViolationCount
        softCount = detail.softViolationCount
        banner = Self.banner(hardCount: detail.hardViolationCount, isDraft: detail.rota.status == "draft")
        coverSummary = Self.coverSummary(detail.coverage)
        enhancement = PageText.pounds(detail.enhancementCost)
        guard body else {
            (days, shiftTypes, rows, coverage, duty, dayTypes, rules) = ([], [], [], [], [], [], [])
            (quality, hardViolations, softViolations, shortfalls, solverReport) = (nil, [], [], [], nil)
            return
        }
        let shiftIndex = Dictionary(detail.shiftTypes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let dutyCodes = Set(detail.shiftTypes.filter { $0.kind == "duty" }.map(\.code))
        days = detail.days.map { day in
            Day(date: day.date, day: day.day, weekday: day.weekday,
                classes: [day.dayType == "weekday" ? nil : "weekend", day.bankHoliday == nil ? nil : "holiday"]
                    .compactMap { $0 }.joined(separator: " "),
                title: day.bankHoliday ?? "")
        }
        shiftTypes = detail.shiftTypes.enumerated().map { index, shift in
            Shift(code: shift.code, name: shift.name, times: "\(shift.start)–\(shift.end)", cssClass: "shift-\(index)",
                  duty: dutyCodes.contains(shift.code))
        }
        rows = detail.people.map { person in
            Row(amhpID: person.amhpID, name: person.name, employer: person.employer, shifts: person.shifts,
                shiftsTitle: Self.shiftsTitle(person), hours: PageText.hours(person.hours),
                contracted: PageText.hours(person.contractedHours),
                cells: person.cells.map { Self.cell($0, amhpID: person.amhpID, shiftIndex: shiftIndex, dutyCodes: dutyCodes) })
        }
        let coverByKey = Dictionary(detail.coverage.map { ("\($0.shift)|\($0.date)", $0) }, uniquingKeysWith: { first, _ in first })
        let rows = detail.shiftTypes.map { shift in
            CoverRow(shift: shift.code, name: shift.name, cells: detail.days.map { day in
                let line = coverByKey["\(shift.code)|\(day.date)"]
                let short = coverLinks && (line?.shortBy ?? 0) > 0 && !dutyCodes.contains(shift.code)
                return Self.coverCell(line, id: "cover-\(shift.code)-\(day.date)", duty: dutyCodes.contains(shift.code),
                                      link: short ? Self.coverLink(rotaID: detail.rota.id.uuidString, date: day.date, shift: shift.code) : nil)
            })
        }
        coverage = rows.filter { !dutyCodes.contains($0.shift) }
        duty = rows.filter { dutyCodes.contains($0.shift) }
        let typesInMonth = Dictionary(grouping: detail.days, by: \.dayType)
        let dayTypeOrder = ["weekday", "saturday", "sunday", "bank_holiday"]
        let shownTypes = dayTypeOrder.filter { typesInMonth[$0] != nil }
        dayTypes = shownTypes.map(Self.dayTypeName)
        rules = detail.shiftTypes.map { shift in
            RuleRow(shift: shift.code, name: shift.name, duty: dutyCodes.contains(shift.code), cells: shownTypes.map { type in
                let line = typesInMonth[type]?.lazy.compactMap { coverByKey["\(shift.code)|\($0.date)"] }.first
                return line.map(Self.ruleText) ?? (dutyCodes.contains(shift.code) ? "no duty" : "—")
            })
        }
        quality = detail.quality.map { RotaQualityView($0) }
        let lines = detail.violations.map { ViolationLine(severity: $0.severity, rule: $0.rule, message: $0.message) }
        hardViolations = lines.filter { $0.severity == "hard" }
        softViolations = lines.filter { $0.severity != "hard" }
        let rotaID = id
        shortfalls = detail.shortfalls.map { shortfall in
            var line = Self.shortfall(shortfall)
            if coverLinks { line.coverLink = Self.coverLink(rotaID: rotaID, date: shortfall.date, shift: shortfall.shift) }
            return line
        }
        solverReport = detail.solverReport
    }

    /// The check's verdict, first thing on the page.
    static func banner(hardCount: Int, isDraft: Bool) -> String {
        if hardCount == 0 {
            return isDraft ? "No hard-rule violations: this draft can be published." : "No hard-rule violations."
        }
        return "\(hardCount) hard violation\(hardCount == 1 ? "" : "s"): put \(hardCount == 1 ? "it" : "them") right before publishing."
    }

    static func cell(_ cell: RotaCellDTO, amhpID: String, shiftIndex: [String: Int], dutyCodes: Set<String>) -> Cell {
        Cell(id: "cell-\(amhpID)-\(cell.date)", date: cell.date, shift: cell.shift ?? "", coordinator: cell.coordinator,
             text: cellText(cell), classes: cellClasses(cell, shiftIndex: shiftIndex, dutyCodes: dutyCodes),
             title: cellTitle(cell, dutyCodes: dutyCodes))
    }

    /// Empty without duty, so the column reads as before for a hub without a duty shift.
    static func shiftsTitle(_ person: RotaRowDTO) -> String {
        guard person.dutyShifts > 0 else { return "" }
        return "\(person.shifts - person.dutyShifts) rota, \(person.dutyShifts) duty (\(PageText.hours(person.dutyHours)) h)"
    }

    /// The shift's code (`*` for the coordinator), else the absence's short code, else nothing.
    static func cellText(_ cell: RotaCellDTO) -> String {
        if let shift = cell.shift { return shift + (cell.coordinator ? "*" : "") }
        return cell.absence.map(absenceCode) ?? ""
    }

    /// `shift-N` colours by the shift type's place in the hub's list; `duty` marks a duty shift (not
    /// cover); `absent` hatches; `hard` outlines red.
    static func cellClasses(_ cell: RotaCellDTO, shiftIndex: [String: Int], dutyCodes: Set<String> = []) -> String {
        var classes = ["cell"]
        if let shift = cell.shift { classes.append("shift-\(shiftIndex[shift] ?? 0)") }
        if let shift = cell.shift, dutyCodes.contains(shift) { classes.append("duty") }
        if cell.coordinator { classes.append("coordinator") }
        if cell.absence != nil { classes.append("absent") }
        if cell.hardViolation { classes.append("hard") }
        return classes.joined(separator: " ")
    }

    static func cellTitle(_ cell: RotaCellDTO, dutyCodes: Set<String> = []) -> String {
        var parts = [PageText.day(cell.date)]
        if let shift = cell.shift {
            parts.append(shift + (cell.coordinator ? " (coordinator)" : "") + (dutyCodes.contains(shift) ? " (duty, not cover)" : ""))
        }
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

    /// The "Who can cover" page for one shift of this rota.
    static func coverLink(rotaID: String, date: String, shift: String) -> String {
        var components = URLComponents()
        components.path = "/rotas/\(rotaID)/cover"
        components.queryItems = [URLQueryItem(name: "date", value: date), URLQueryItem(name: "shift", value: shift)]
        return components.string ?? components.path
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
