/// The coverage rows, the duty rows and the rules table: how many are on each shift against its
/// minimum, target and maximum, and how many on duty against the day's cap. `Public/js/rota-grid.js`
/// has a twin of each rule.
extension RotaGridView {
    /// Rota shifts only: people on duty are not cover.
    static func coverSummary(_ coverage: [CoverageDTO]) -> String {
        let rota = coverage.filter { !$0.duty }
        let met = rota.filter { $0.shortBy == 0 }.count
        let noCoordinator = rota.filter { $0.coordinatorRequired && !$0.coordinatorPresent }.count
        return "Minimum cover met on \(met) of \(rota.count) shifts"
            + (noCoordinator > 0 ? "; \(noCoordinator) without a coordinator." : ".")
    }

    /// A coverage or duty cell; a duty shift with no rule that day has no duty.
    static func coverCell(_ line: CoverageDTO?, id: String, duty: Bool, link: String? = nil) -> CoverCell {
        guard let line else {
            return duty ? CoverCell(id: id, text: "", classes: "cover duty", title: "No duty on this day.")
                        : CoverCell(id: id, text: "", classes: "cover", title: "No cover rule for this shift on this day.")
        }
        return CoverCell(id: id, text: coverText(line), classes: coverClasses(line), title: coverTitle(line), link: link)
    }

    /// A rota shift: on shift / minimum. A duty shift: on duty / the day's cap; nothing on a day
    /// without duty (no rule, so a cap of 0) that nobody is on duty.
    static func coverText(_ line: CoverageDTO) -> String {
        if isNoDutyDay(line) { return "" }
        return "\(line.assigned)/\(line.duty ? line.maximum : line.minimum)"
    }

    /// A duty shift's day without duty: the checker gives it a cap of 0.
    static func isNoDutyDay(_ line: CoverageDTO) -> Bool {
        line.duty && line.maximum == 0 && line.assigned == 0
    }

    /// `short` red, `nocoord` marked, `over` above the target (surplus hours stacked on the shift),
    /// `overmax` above the maximum (a hard rule); `duty` for people on duty, who are not cover.
    static func coverClasses(_ line: CoverageDTO) -> String {
        var classes = ["cover"]
        if line.duty { classes.append("duty") }
        if line.shortBy > 0 { classes.append("short") }
        if line.coordinatorRequired && !line.coordinatorPresent { classes.append("nocoord") }
        if !line.duty && line.assigned > line.target && line.assigned <= line.maximum { classes.append("over") }
        if line.assigned > line.maximum { classes.append("overmax") }
        return classes.joined(separator: " ")
    }

    static func coverTitle(_ line: CoverageDTO) -> String {
        if isNoDutyDay(line) { return "No duty on this day." }
        if line.duty {
            return "\(line.assigned) on duty, at most \(line.maximum); duty is not cover"
                + (line.assigned > line.maximum ? "; over the cap by \(line.assigned - line.maximum)" : "")
        }
        var text = "\(line.assigned) on shift; minimum \(line.minimum), target \(line.target), maximum \(line.maximum)"
        if line.shortBy > 0 { text += "; short by \(line.shortBy)" }
        if line.coordinatorRequired && !line.coordinatorPresent { text += "; no coordinator" }
        if line.assigned > line.maximum {
            text += "; over the maximum by \(line.assigned - line.maximum)"
        } else if line.assigned > line.target {
            text += "; \(line.assigned - line.target) above target"
        }
        return text
    }

    /// A rule in the rules table: "3 · 4 · 5" (minimum, target, maximum), or a duty cap "up to 15"
    /// ("no duty" with a cap of 0).
    static func ruleText(_ line: CoverageDTO) -> String {
        guard line.duty else { return "\(line.minimum) · \(line.target) · \(line.maximum)" }
        return line.maximum == 0 ? "no duty" : "up to \(line.maximum)"
    }

    static func dayTypeName(_ dayType: String) -> String {
        switch dayType {
        case "weekday": "Weekday"
        case "saturday": "Saturday"
        case "sunday": "Sunday"
        default: "Bank holiday"
        }
    }
}
