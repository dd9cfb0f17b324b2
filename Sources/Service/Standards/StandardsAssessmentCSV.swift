import Planning
import Workforce

/// An assessment as CSV, for sharing with the DASS and the AMHPs as the toolkit advises: one row
/// per standard, its actions one a line within the cell.
enum StandardsAssessmentCSV {
    static let header = ["standard", "chapter", "evaluation", "risk", "evaluation_before", "change", "evidence", "links",
                         "from_data", "actions"]

    static func text(_ view: StandardsAssessmentView, showPeople: Bool) -> String {
        let rows = view.standards.standards.enumerated().map { index, standard -> [String] in
            let rating = view.record.rating(of: standard.number)
            let line = view.progress?.lines[index]
            let fromData = (view.evidence?.items(for: standard.number) ?? []).map { item in
                "\(item.measure): \(item.value). \(item.detail)" + (showPeople && !item.amhpIDs.isEmpty ? " (\(item.amhpIDs.joined(separator: ", ")))" : "")
            }
            let actions = rating.actions.map { action in
                "\(action.term.label): \(action.text) (\(action.owner)\(action.due.map { ", by \($0)" } ?? ""))"
            }
            return [standard.number, "\(standard.chapter)", rating.evaluation?.label ?? "", rating.risk?.shortLabel ?? "",
                    line?.evaluation.before?.label ?? "", line?.evaluationChange.rawValue ?? "", rating.evidence,
                    rating.links.joined(separator: "\n"), fromData.joined(separator: "\n"), actions.joined(separator: "\n")]
        }
        return CSVDocument.make(header: header, rows: rows)
    }
}
