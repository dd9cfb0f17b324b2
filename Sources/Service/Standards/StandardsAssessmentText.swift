import Planning
import Workforce

/// An assessment as plain text for `amhp standards show`: the tally, then each chapter's standards.
enum StandardsAssessmentText {
    static func text(_ view: StandardsAssessmentView) -> String {
        let record = view.record, tally = view.tally
        var lines = ["\(record.title), held on \(record.assessedOn) (id \(record.id.uuidString))",
                     "Evaluated: \(tally.evaluated) of \(tally.total); actions: \(tally.actions).",
                     "Evaluation: " + tally.byEvaluation.map { "\($0.0.label) \($0.1)" }.joined(separator: ", ") + ".",
                     "Risk: " + tally.byRisk.map { "\($0.0.shortLabel) \($0.1)" }.joined(separator: ", ") + "."]
        if let previous = view.previous, let progress = view.progress {
            lines.append("Since \(previous.title) (\(previous.assessedOn)): \(progress.improved) better, \(progress.worsened) worse.")
        }
        if let evidence = view.evidence { lines.append("Evidence from data as of \(evidence.asOf).") }
        let changes = Dictionary(uniqueKeysWithValues: (view.progress?.lines ?? []).map { ($0.standard, $0) })
        for chapter in view.standards.chapters {
            lines.append("")
            lines.append("\(chapter.number). \(chapter.title)")
            for standard in chapter.standards {
                let rating = record.rating(of: standard.number)
                let change = changes[standard.number].flatMap { StandardsAssessmentPageModel.change($0) }.map { " \($0)" } ?? ""
                lines.append("  \(standard.number): \(rating.evaluation?.label ?? "not evaluated"); risk \(rating.risk?.shortLabel ?? "not rated").\(change)")
                for item in view.evidence?.items(for: standard.number) ?? [] {
                    let people = item.amhpIDs.isEmpty ? "" : " (\(item.amhpIDs.joined(separator: ", ")))"
                    lines.append("    \(item.concern ? "!" : "-") \(item.measure): \(item.value). \(item.detail)\(people)")
                }
                if !rating.evidence.isEmpty { lines.append("    Map: \(rating.evidence.replacingOccurrences(of: "\n", with: " "))") }
                for link in rating.links { lines.append("    Link: \(link)") }
                for action in rating.actions {
                    lines.append("    Action (\(action.term.label.lowercased())): \(action.text); \(action.owner)\(action.due.map { ", by \($0)" } ?? "")")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
