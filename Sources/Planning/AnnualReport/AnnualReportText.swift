/// The annual report as plain text for `amhp report`: the risks first, then every table.
public enum AnnualReportText {
    public static func make(_ report: AnnualReport) -> String {
        var lines = ["Annual sufficiency report: \(report.hubName), made on \(report.madeOn)", ""]
        lines.append("Risks and actions")
        if report.risks.isEmpty { lines.append("  No risk rated medium or high.") }
        for risk in report.risks {
            lines.append("  [\(risk.level.shortLabel)] \(risk.source): \(risk.text)")
            for action in risk.actions { lines.append("      action: \(action)") }
        }
        for table in AnnualReportTables.tables(report) where !table.rows.isEmpty {
            lines.append("")
            lines.append(table.title)
            let widths = table.header.indices.map { column in
                ([table.header] + table.rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
            }
            for row in [table.header] + table.rows {
                let cells = row.enumerated().map { index, cell in
                    let flat = cell.replacingOccurrences(of: "\n", with: "; ")
                    return index == row.count - 1 ? flat : flat.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }
                lines.append("  " + cells.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
