import Foundation
import RotaCheck
import Workforce

/// `rota.xlsx`: the month as Excel shows it. Sheet "Rota" has the AMHPs down and the days across,
/// a shift code in each cell filled in the shift's colour (bold with `*` for a coordinator, absences
/// as AL, SK, TR, TL, AB in grey), each AMHP's shifts and hours, and the cover rows below
/// (on shift / minimum, red when short); the header row and the name column are frozen. Sheet
/// "Legend" names each code and colour.
///
/// Written by `amhp rota` beside rota.csv and sent by `GET /api/rotas/{id}/rota.xlsx`.
public struct RotaWorkbook {
    let hub: Hub
    let rota: Rota
    /// The rota's check, for the cover rows and the hours; nil leaves them out.
    let report: CheckReport?

    public init(hub: Hub, rota: Rota, report: CheckReport?) {
        self.hub = hub
        self.rota = rota
        self.report = report
    }

    /// Grey for absences and cells no one may work, red for short cover, as rota.html.
    static let awayColour = "EEEEEE"
    static let weekendColour = "E4E7EE"
    static let holidayColour = "FFD8A8"
    static let shortColour = "F4B4AE"
    static let headerColour = "F0F2F6"

    /// The `.xlsx` file's bytes.
    public func data() throws -> Data { try package().data() }

    /// The workbook before packing: its sheets and styles.
    public func package() -> XLSXPackage {
        var styles = WorkbookStyles()
        let rotaSheet = grid(styles: &styles)
        let legendSheet = legend(styles: &styles)
        return XLSXPackage(sheets: [rotaSheet, legendSheet], styles: styles)
    }

    private func shiftStyle(_ code: String, coordinator: Bool, styles: inout WorkbookStyles) -> Int {
        guard let index = hub.shiftTypes.firstIndex(where: { $0.code == code }) else { return styles.style(bold: coordinator, centred: true) }
        return styles.style(fill: ShiftColours.colour(at: index), bold: coordinator, centred: true)
    }

    private func grid(styles: inout WorkbookStyles) -> Worksheet {
        let calendar = hub.calendar(for: rota.month)
        let dates = rota.month.dates
        let header = styles.style(fill: Self.headerColour, bold: true)
        var sheet = Worksheet(name: "Rota")
        var top: [SheetCell] = [.text("AMHP", style: header)]
        for date in dates {
            let fill = calendar.isBankHoliday(date) ? Self.holidayColour : date.isWeekend ? Self.weekendColour : Self.headerColour
            top.append(.text("\(date.weekday.shortName.prefix(2)) \(date.day)", style: styles.style(fill: fill, bold: true, centred: true)))
        }
        top += [.text("ID", style: header), .text("Shifts", style: header), .text("Hours", style: header)]
        sheet.rows.append(top)
        let byPerson = Dictionary(grouping: rota.assignments, by: \.amhpID)
        let away = styles.style(fill: Self.awayColour, centred: true)
        for amhp in hub.amhps {
            let mine = Dictionary((byPerson[amhp.id] ?? []).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
            var row: [SheetCell] = [.text(amhp.name)]
            for date in dates {
                if let assignment = mine[date] {
                    let text = assignment.shiftCode + (assignment.isCoordinator ? "*" : "")
                    row.append(.text(text, style: shiftStyle(assignment.shiftCode, coordinator: assignment.isCoordinator, styles: &styles)))
                } else if let absence = hub.absence(of: amhp.id, on: date) {
                    row.append(.text(RotaPage.absenceCode(absence.kind), style: away))
                } else if !amhp.mayBeRostered(on: date) {
                    row.append(.text("–", style: away))
                } else {
                    row.append(.empty())
                }
            }
            let person = report?.people.first { $0.amhpID == amhp.id }
            row.append(.text(amhp.id))
            row.append(person.map { SheetCell.number(Double($0.shifts)) } ?? SheetCell.empty())
            row.append(person.map { SheetCell.number(($0.rosteredHours * 10).rounded() / 10) } ?? SheetCell.empty())
            sheet.rows.append(row)
        }
        if let report { sheet.rows += coverRows(report, dates: dates, styles: &styles) }
        sheet.frozenRows = 1
        sheet.frozenColumns = 1
        sheet.columnWidths = [24] + Array(repeating: 5.5, count: dates.count) + [8, 8, 8]
        return sheet
    }

    /// One row per shift type: AMHPs on shift / minimum for rota shifts (red when short), on duty / the day's cap for duty.
    private func coverRows(_ report: CheckReport, dates: [LocalDate], styles: inout WorkbookStyles) -> [[SheetCell]] {
        let lines = Dictionary(report.coverage.map { ("\($0.date) \($0.shiftCode)", $0) }, uniquingKeysWith: { first, _ in first })
        let bold = styles.style(bold: true)
        let plain = styles.style(centred: true)
        let short = styles.style(fill: Self.shortColour, bold: true, centred: true)
        return hub.shiftTypes.map { shift in
            var row: [SheetCell] = [.text(shift.isDuty ? "\(shift.name): on duty" : "\(shift.name) cover", style: bold)]
            for date in dates {
                guard let line = lines["\(date) \(shift.code)"] else {
                    row.append(.empty())
                    continue
                }
                let text = line.isDuty ? "\(line.assigned)/\(line.maximum)" : "\(line.assigned)/\(line.minimum)"
                row.append(.text(text, style: !line.isDuty && line.shortfall > 0 ? short : plain))
            }
            return row
        }
    }

    private func legend(styles: inout WorkbookStyles) -> Worksheet {
        var sheet = Worksheet(name: "Legend")
        let header = styles.style(fill: Self.headerColour, bold: true)
        sheet.rows.append([.text("Code", style: header), .text("Meaning", style: header), .text("Start", style: header),
                           .text("End", style: header), .text("Hours", style: header), .text("Kind", style: header)])
        for shift in hub.shiftTypes {
            sheet.rows.append([.text(shift.code, style: shiftStyle(shift.code, coordinator: false, styles: &styles)),
                               .text(shift.name + (shift.isNight ? " (night)" : "")), .text(shift.start.description),
                               .text(shift.end.description), .number(shift.hours),
                               .text(shift.isDuty ? "duty: counts towards contracted hours, not cover" : "rota")])
        }
        let away = styles.style(fill: Self.awayColour, centred: true)
        let notes: [(String, String, Int)] = [
            ("*", "coordinator (shown bold)", 0), ("AL", "annual leave", away), ("SK", "sick", away), ("TR", "training", away),
            ("TL", "TOIL", away), ("AB", "other absence", away), ("–", "not approved that day", away),
            ("n/m", "cover rows: AMHPs on shift / minimum (red when short); duty: on duty / the day's cap", 0),
        ]
        for (code, meaning, style) in notes { sheet.rows.append([.text(code, style: style), .text(meaning)]) }
        sheet.rows.append([])
        sheet.rows.append([.text("Hub"), .text(hub.rules.hubName)])
        sheet.rows.append([.text("Month"), .text(rota.month.description)])
        sheet.frozenRows = 1
        sheet.columnWidths = [8, 40, 8, 8, 8, 44]
        return sheet
    }
}
