import RotaCheck
import Workforce

/// `rota.html`: a printable month grid (AMHPs × days, a code per cell, cover rows with shortfalls
/// and shifts over target highlighted, duty apart from cover, reasons below), headed by the quality
/// section a manager reads before signing, that opens in any browser without a server. Printed, it
/// is the title, the grid and the legend on one A4 landscape page, in the shift colours.
public struct RotaPage {
    let hub: Hub
    let rota: Rota
    let report: CheckReport
    let explanations: [ShortfallExplanation]
    /// A line about how the rota was made (solver status, objective), or nil for a checked rota.
    let provenance: String?

    public init(hub: Hub, rota: Rota, report: CheckReport, explanations: [ShortfallExplanation], provenance: String?) {
        self.hub = hub
        self.rota = rota
        self.report = report
        self.explanations = explanations
        self.provenance = provenance
    }

    public func render() -> String {
        let monthName = RotaPage.monthNames[rota.month.month - 1] + " \(rota.month.year)"
        var html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(hub.rules.hubName)): rota for \(monthName)</title>
        <style>\(RotaPage.style)\(shiftStyles())</style>
        </head>
        <body>
        <h1>\(HTMLText.escape(hub.rules.hubName))</h1>
        <p class="subtitle">AMHP rota for \(monthName)\(provenance.map { " · " + HTMLText.escape($0) } ?? "")</p>
        <p class="summary">\(summaryLine())</p>

        """
        // On paper the page is the month on one A4 landscape sheet: the quality section, the reasons
        // and the violations are for the screen (`screen-only`), as the summary line says.
        html += "<section class=\"screen-only\">\n" + qualitySection() + "</section>\n"
        html += grid()
        html += legend()
        html += "<section class=\"screen-only\">\n" + shortfallSection() + violationSection() + "</section>\n"
        html += "</body>\n</html>\n"
        return html
    }

    private func summaryLine() -> String {
        // Duty is not cover: its lines have no minimum to meet.
        let rotaCoverage = report.rotaCoverage
        let short = rotaCoverage.filter { $0.shortfall > 0 }.count
        let percent = (report.coverMetFraction * 1000).rounded() / 10
        var parts = ["Minimum cover met on \(rotaCoverage.count - short) of \(rotaCoverage.count) shifts (\(percent)%)"]
        let noCoordinator = report.coverage.filter { $0.coordinatorRequired && !$0.coordinatorPresent }.count
        if noCoordinator > 0 { parts.append("\(noCoordinator) without a coordinator") }
        let hard = report.hardViolations.count
        parts.append(hard == 0 ? "no hard-rule violations" : "\(hard) hard-rule violation\(hard == 1 ? "" : "s")")
        return HTMLText.escape(parts.joined(separator: "; ") + ".")
    }

    private func grid() -> String {
        let calendar = hub.calendar(for: rota.month)
        let dates = rota.month.dates
        var html = "<table class=\"grid\">\n<thead><tr><th class=\"name\">AMHP</th>"
        for date in dates {
            var classes: [String] = []
            if date.isWeekend { classes.append("weekend") }
            if calendar.isBankHoliday(date) { classes.append("holiday") }
            let title = calendar.bankHolidayName(date).map { " title=\"\(HTMLText.escape($0))\"" } ?? ""
            html += "<th class=\"\(classes.joined(separator: " "))\"\(title)>\(date.weekday.shortName.prefix(2))<br>\(date.day)</th>"
        }
        html += "<th>Hours</th><th title=\"enhancement for unsocial hours, in pounds\">Enh. £</th></tr></thead>\n<tbody>\n"
        let byPerson = Dictionary(grouping: rota.assignments, by: \.amhpID)
        for amhp in hub.amhps {
            let mine = Dictionary((byPerson[amhp.id] ?? []).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
            let person = report.people.first { $0.amhpID == amhp.id }
            html += "<tr><th class=\"name\">\(HTMLText.escape(amhp.name)) <span class=\"id\">\(HTMLText.escape(amhp.id))\(amhp.isTrainee ? " · trainee" : "")</span></th>"
            for date in dates {
                html += cell(amhp: amhp, date: date, assignment: mine[date], calendar: calendar)
            }
            html += hoursCells(person)
        }
        html += "</tbody>\n<tfoot>\n"
        let lines = Dictionary(report.coverage.map { ("\($0.date) \($0.shiftCode)", $0) }, uniquingKeysWith: { first, _ in first })
        for shift in hub.shiftTypes {
            let label = shift.isDuty ? "\(HTMLText.escape(shift.name)): on duty" : "\(HTMLText.escape(shift.name)) cover"
            html += "<tr\(shift.isDuty ? " class=\"duty\"" : "")><th class=\"name\">\(label)</th>"
            for date in dates {
                guard let line = lines["\(date) \(shift.code)"] else {
                    html += "<td></td>"
                    continue
                }
                html += line.isDuty ? dutyCell(line) : coverCell(line)
            }
            html += "<td></td><td></td></tr>\n"
        }
        html += "</tfoot>\n</table>\n"
        return html
    }

    /// Rostered hours, and the enhancement in pounds; the title gives rota shifts and duty apart.
    private func hoursCells(_ person: PersonSummary?) -> String {
        guard let person else { return "<td class=\"hours\"></td><td class=\"hours\"></td></tr>\n" }
        let title = "\(person.rotaShifts) rota shifts, \(person.dutyShifts) duty (\(CSVText.number(person.dutyHours)) h)"
        return "<td class=\"hours\" title=\"\(title)\">\(CSVText.number(person.rosteredHours))</td>"
            + "<td class=\"hours\">\(RotaFiles.pounds(person.enhancement))</td></tr>\n"
    }

    /// AMHPs on the shift / its minimum; the title gives the target and the maximum, and a shift
    /// above target is marked, so stacking shows at a glance.
    private func coverCell(_ line: CoverageLine) -> String {
        let noCoordinator = line.coordinatorRequired && !line.coordinatorPresent
        let state = line.shortfall > 0 ? "short"
            : noCoordinator ? "nocoord"
            : line.assigned > line.target ? "overtarget"
            : line.assigned < line.target ? "undertarget" : "ok"
        let title = "minimum \(line.minimum), target \(line.target), maximum \(line.maximum)"
            + (line.assigned > line.target ? ", \(line.assigned - line.target) above target" : "") + (noCoordinator ? ", no coordinator" : "")
        return "<td class=\"cover \(state)\" title=\"\(title)\">\(line.assigned)/\(line.minimum)</td>"
    }

    /// People on duty / the day's cap; empty on a day without duty (a cap of 0 and nobody on it).
    private func dutyCell(_ line: CoverageLine) -> String {
        guard line.maximum > 0 || line.assigned > 0 else { return "<td class=\"duty\"></td>" }
        return "<td class=\"duty\" title=\"\(line.assigned) on duty; the day's cap is \(line.maximum)\">\(line.assigned)/\(line.maximum)</td>"
    }

    private func cell(amhp: AMHP, date: LocalDate, assignment: Assignment?, calendar: HubCalendar) -> String {
        if let assignment {
            let coordinator = assignment.isCoordinator ? " coordinator" : ""
            let duty = hub.shiftType(assignment.shiftCode)?.isDuty == true ? " duty" : ""
            return "<td class=\"shift shift-\(HTMLText.escape(assignment.shiftCode))\(coordinator)\(duty)\">\(HTMLText.escape(assignment.shiftCode))\(assignment.isCoordinator ? "*" : "")</td>"
        }
        if let absence = hub.absence(of: amhp.id, on: date) {
            return "<td class=\"away\" title=\"\(HTMLText.escape(absence.kind.rawValue))\">\(RotaPage.absenceCode(absence.kind))</td>"
        }
        if !amhp.mayBeRostered(on: date) { return "<td class=\"away\" title=\"not approved\">–</td>" }
        return "<td></td>"
    }

    private func legend() -> String {
        var items = hub.shiftTypes.map { shift in
            let duty = shift.isDuty ? " duty" : ""
            return "<span class=\"shift shift-\(HTMLText.escape(shift.code))\(duty)\">\(HTMLText.escape(shift.code))</span> \(HTMLText.escape(shift.name)) \(shift.start)–\(shift.end)"
                + (shift.isDuty ? " (duty: counts towards contracted hours, not cover)" : "")
        }
        items += ["* coordinator", "AL annual leave", "SK sick", "TR training", "TL TOIL", "AB other absence", "– not approved",
                  "cover cells: AMHPs on shift / minimum (hover for target and maximum; above target in purple)"]
        if hub.shiftTypes.contains(where: \.isDuty) { items.append("duty cells: on duty / the day's cap") }
        return "<p class=\"legend\">\(items.joined(separator: " · "))</p>\n"
    }

    /// The quality section at the top: would a manager sign this rota? The lines are the text
    /// report's; an indented line is a detail of the one above it.
    private func qualitySection() -> String {
        let quality = RotaQuality(report: report, hub: hub)
        var items: [(line: String, details: [String])] = []
        for line in quality.lines {
            if line.hasPrefix("  "), !items.isEmpty {
                items[items.count - 1].details.append(String(line.drop { $0 == " " }))
            } else {
                items.append((line, []))
            }
        }
        let flagged = !quality.shiftsOverTarget.isEmpty || quality.shiftsOverMaximum > 0 || quality.weightWarning != nil
        var html = "<h2>Quality at a glance</h2>\n<ul class=\"quality\(flagged ? " flagged" : "")\">\n"
        for item in items {
            html += "<li>\(HTMLText.escape(item.line))"
            if !item.details.isEmpty {
                html += "\n<ul>" + item.details.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func shortfallSection() -> String {
        guard !explanations.isEmpty else { return "<h2>Short shifts</h2>\n<p>None: every shift has its minimum cover and a coordinator where one is needed.</p>\n" }
        var html = "<h2>Short shifts and why</h2>\n<ul class=\"reasons\">\n"
        for explanation in explanations {
            html += "<li><strong>\(explanation.date.weekday.shortName) \(explanation.date) \(HTMLText.escape(explanation.shiftName))</strong>: "
            html += HTMLText.escape(ShortfallText.headline(explanation)) + "<br>"
            html += HTMLText.escape(ShortfallText.reasons(explanation)) + "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func violationSection() -> String {
        let hard = report.hardViolations
        guard !hard.isEmpty else { return "" }
        var html = "<h2>Hard-rule violations</h2>\n<ul class=\"violations\">\n"
        for violation in hard { html += "<li>\(HTMLText.escape(violation.message))</li>\n" }
        return html + "</ul>\n"
    }

    private func shiftStyles() -> String {
        hub.shiftTypes.enumerated().map { index, shift in
            ".shift-\(shift.code){background:#\(ShiftColours.colour(at: index).lowercased())}"
        }.joined()
    }

    static func absenceCode(_ kind: Absence.Kind) -> String {
        switch kind {
        case .annual: "AL"
        case .sickness: "SK"
        case .training: "TR"
        case .toil: "TL"
        case .other: "AB"
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    static let style = """
    body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:1rem;color:#222}
    h1{font-size:1.3rem;margin:0}h2{font-size:1.1rem;margin-top:1.5rem}
    .subtitle,.summary,.legend{margin:.3rem 0;font-size:.85rem}
    table.grid{border-collapse:collapse;font-size:.72rem}
    .grid th,.grid td{border:1px solid #bbb;padding:1px 3px;text-align:center;min-width:1.6em}
    .grid th.name{text-align:left;white-space:nowrap;font-weight:normal}
    .grid .id{color:#666;font-size:.65rem}
    .grid th.weekend{background:#eee}.grid th.holiday{background:#ffd6d6}
    td.coordinator{font-weight:bold;text-decoration:underline}
    td.away{color:#777;background:#f4f4f4}
    td.cover.short{background:#e53935;color:#fff;font-weight:bold}
    td.cover.nocoord{background:#fb8c00;color:#fff}
    td.cover.undertarget{background:#fff3c4}
    td.cover.overtarget{background:#b39ddb;font-weight:bold}
    tr.duty th,tr.duty td{font-style:italic;color:#555;background:#f7f7f2}
    td.shift.duty,span.shift.duty{font-style:italic;border-style:dashed}
    ul.quality{font-size:.85rem;margin:.3rem 0 1rem}ul.quality.flagged{border-left:4px solid #b39ddb;padding-left:1.6rem}
    td.hours{text-align:right}
    span.shift{padding:0 4px;border:1px solid #bbb}
    ul.reasons li,ul.violations li{margin-bottom:.4rem;font-size:.85rem}
    @media print{@page{size:A4 landscape;margin:7mm 6mm}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;font-size:7pt;line-height:1.1}.screen-only{display:none}h1{font-size:11pt}
    .subtitle,.summary,.legend{font-size:6.5pt;margin:0 0 1mm}
    table.grid{width:100%;table-layout:fixed;font-size:6.5pt;break-inside:avoid}
    .grid th,.grid td{padding:0;min-width:0;line-height:1.15;overflow:hidden;border-color:#999}
    .grid thead th.name{width:28mm}.grid thead th:nth-last-child(-n+2){width:11mm}
    .grid th.name{text-overflow:ellipsis;padding:0 2px}.grid .id{display:none}.grid tr{break-inside:avoid}}

    """
}
