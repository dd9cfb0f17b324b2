import RotaCheck
import Workforce

/// A re-plan's changes for people: changes.csv, and the report's section saying who gains and who
/// loses which shifts, and why.
public enum RotaDiffText {
    /// One row per changed cell: amhp_id, name, date, before, after (empty: off), reason.
    public static func changesCSV(_ diff: RotaDiff) -> String {
        CSVText.make(header: ["amhp_id", "name", "date", "before", "after", "reason"],
                     rows: diff.changes.map { [$0.amhpID, $0.name, $0.date.description, $0.before ?? "", $0.after ?? "", $0.reason.text] })
    }

    /// The report's section: a heading with the count, then a line per AMHP listing each change.
    public static func section(_ diff: RotaDiff, from: LocalDate) -> String {
        guard diff.count > 0 else { return "Changes from \(from): none; the rota stands as given.\n" }
        var lines = ["Changes from \(from): \(diff.count) \(diff.count == 1 ? "cell" : "cells") for \(diff.amhpIDs.count) \(diff.amhpIDs.count == 1 ? "AMHP" : "AMHPs") (changes.csv):"]
        for id in diff.amhpIDs {
            let own = diff.changes.filter { $0.amhpID == id }
            let name = own.first?.name ?? id
            let parts = own.map { change -> String in
                let what: String = switch (change.before, change.after) {
                case (let was?, nil): "loses \(was)"
                case (nil, let now?): "gains \(now)"
                case (let was?, let now?): "\(was) becomes \(now)"
                case (nil, nil): "unchanged"
                }
                return "\(what) on \(change.date) (\(change.reason.text))"
            }
            lines.append("  - \(name) (\(id)): " + parts.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
