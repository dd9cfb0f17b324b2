import Foundation
import Planning
import Storage
import Workforce

/// The list of assessments and the form to start one (`standards.leaf`).
struct StandardsListPageModel: Encodable {
    struct Row: Encodable {
        let id: String
        let title: String
        let assessedOn: String
        let createdBy: String
        let evaluated: String
        let highRisks: Int
        let actions: Int
        let evidence: String
    }

    struct Option: Encodable {
        let id: String
        let label: String
        let selected: Bool
    }

    let editable: Bool
    let rows: [Row]
    let repeatOptions: [Option]
    let title: String
    let assessedOn: String
    let error: String?
    let problems: [Problem]
    let source: String
    let chapters: [ChapterText]

    init(records: [StandardsAssessmentRecord], standards: ServiceStandards, editable: Bool, form: [String: String]?, failure: ServiceFailure?) {
        self.editable = editable
        rows = records.map { record in
            let summary = StandardsAssessmentSummaryDTO(record, standards: standards)
            return Row(id: record.id.uuidString, title: record.title, assessedOn: "\(record.assessedOn)", createdBy: record.createdBy,
                       evaluated: "\(summary.evaluated) of \(summary.total)", highRisks: summary.highRisks, actions: summary.actions,
                       evidence: record.evidenceAt.map { PageText.moment($0) } ?? "not filled")
        }
        let picked = form?["repeats"] ?? records.first?.id.uuidString ?? ""
        repeatOptions = records.map { Option(id: $0.id.uuidString, label: "\($0.title) (\($0.assessedOn))", selected: $0.id.uuidString == picked) }
        title = form?["title"] ?? ""
        assessedOn = form?["assessed_on"] ?? "\(ServiceClock.today)"
        (error, problems) = (failure?.message, failure?.problems ?? [])
        source = StandardsText.source
        chapters = standards.chapters.map(ChapterText.init)
    }
}

/// A chapter's published text, for the pages.
struct ChapterText: Encodable {
    struct Standard: Encodable {
        let number: String
        let anchor: String
        let paragraphs: [String]
    }

    let number: Int
    let title: String
    let purpose: [String]
    let examples: [String]
    let standards: [Standard]

    init(_ chapter: StandardsChapter) {
        (number, title, examples) = (chapter.number, chapter.title, chapter.examples)
        purpose = Self.paragraphs(chapter.purpose)
        standards = chapter.standards.map { Standard(number: $0.number, anchor: StandardsPages.anchor($0.number), paragraphs: Self.paragraphs($0.text)) }
    }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

/// One assessment, chapter by chapter (`standards-assessment.leaf`).
struct StandardsAssessmentPageModel: Encodable {
    struct Count: Encodable {
        let label: String
        let count: Int
        let level: String
    }

    struct Chapter: Encodable {
        let number: Int
        let title: String
        let purpose: [String]
        let examples: [String]
        let standards: [Standard]
    }

    struct Standard: Encodable {
        let number: String
        let anchor: String
        let paragraphs: [String]
        let evaluation: String
        let evaluationLevel: String
        let risk: String
        let riskLevel: String
        /// Nil without an assessment before, or when unevaluated in both (Leaf treats "" as true).
        let change: String?
        let changeKind: String
        let evidence: [String]
        let links: [String]
        let actions: [String]
        let fromData: [EvidenceLine]
        let updated: String?
    }

    struct EvidenceLine: Encodable {
        let measure: String
        let value: String
        let detail: String
        let source: String
        let concern: Bool
        /// The AMHPs named, for leads and managers only; nil otherwise (or when none).
        let amhps: String?

        init(_ item: StandardsEvidenceItem, showPeople: Bool) {
            (measure, value, detail, source, concern) = (item.measure, item.value, item.detail, item.source, item.concern)
            amhps = showPeople && !item.amhpIDs.isEmpty ? item.amhpIDs.joined(separator: ", ") : nil
        }
    }

    let id: String
    let title: String
    let assessedOn: String
    let createdBy: String
    let editable: Bool
    let evaluated: String
    let byEvaluation: [Count]
    let byRisk: [Count]
    let actions: Int
    let previous: String?
    let improved: Int
    let worsened: Int
    let evidenceAsOf: String?
    let chapters: [Chapter]

    /// `editable` for leads and managers, who also see which AMHPs the evidence names.
    init(_ view: StandardsAssessmentView, editable: Bool) {
        let record = view.record, tally = view.tally
        (id, title, assessedOn, createdBy, self.editable) = (record.id.uuidString, record.title, "\(record.assessedOn)", record.createdBy, editable)
        evaluated = "\(tally.evaluated) of \(tally.total)"
        byEvaluation = tally.byEvaluation.map { Count(label: $0.0.label, count: $0.1, level: $0.0.rawValue) }
        byRisk = tally.byRisk.map { Count(label: $0.0.shortLabel, count: $0.1, level: $0.0.rawValue) }
        actions = tally.actions
        previous = view.previous.map { "\($0.title) (\($0.assessedOn))" }
        (improved, worsened) = (view.progress?.improved ?? 0, view.progress?.worsened ?? 0)
        evidenceAsOf = view.evidence?.asOf
        let lines = Dictionary(uniqueKeysWithValues: (view.progress?.lines ?? []).map { ($0.standard, $0) })
        chapters = view.standards.chapters.map { chapter in
            let text = ChapterText(chapter)
            return Chapter(number: chapter.number, title: chapter.title, purpose: text.purpose, examples: chapter.examples,
                           standards: zip(chapter.standards, text.standards).map { standard, published in
                let rating = record.rating(of: standard.number)
                let line = lines[standard.number]
                let rated = record.ratings[standard.number]
                return Standard(
                    number: standard.number, anchor: published.anchor, paragraphs: published.paragraphs,
                    evaluation: rating.evaluation?.label ?? "Not evaluated", evaluationLevel: rating.evaluation?.rawValue ?? "none",
                    risk: rating.risk?.shortLabel ?? "Not rated", riskLevel: rating.risk?.rawValue ?? "unrated",
                    change: line.flatMap { Self.change($0) }, changeKind: line?.evaluationChange.rawValue ?? "",
                    evidence: ChapterText.paragraphs(rating.evidence), links: rating.links,
                    actions: rating.actions.map { "\($0.term.label): \($0.text). Owner: \($0.owner)\($0.due.map { "; due \($0)" } ?? "")." },
                    fromData: (view.evidence?.items(for: standard.number) ?? []).map { EvidenceLine($0, showPeople: editable) },
                    updated: rated.map { "Last changed by \($0.updatedBy), \(PageText.moment($0.updatedAt))." })
            })
        }
    }

    static func change(_ line: StandardsProgress.Line) -> String? {
        switch line.evaluationChange {
        case .same: line.evaluation.after == nil ? nil : "Unchanged since the last assessment."
        case .new: "Newly evaluated."
        case .cleared: "No longer evaluated (was \(line.evaluation.before?.label ?? ""))."
        case .better, .worse:
            "\(line.evaluationChange == .better ? "Better" : "Worse") than the last assessment (\(line.evaluation.before?.label ?? ""))."
        }
    }
}

/// The form for one standard (`standards-rating.leaf`): what was recorded, or what was typed when refused.
struct StandardRatingPageModel: Encodable {
    struct Choice: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct ActionRow: Encodable {
        let index: Int
        let text: String
        let owner: String
        let due: String
        let terms: [Choice]
    }

    let assessmentID: String
    let assessmentTitle: String
    let number: String
    let backLink: String
    let paragraphs: [String]
    let evidence: String
    let links: String
    let evaluations: [Choice]
    let risks: [Choice]
    let actions: [ActionRow]
    let fromData: [StandardsAssessmentPageModel.EvidenceLine]
    let error: String?
    let problems: [Problem]

    /// Blank rows offered after the recorded actions.
    static let blankRows = 2

    init(view: StandardsAssessmentView, standard: ServiceStandard, form: [String: String]?, failure: ServiceFailure?, showPeople: Bool) {
        let rating = view.record.rating(of: standard.number)
        (assessmentID, assessmentTitle, number) = (view.record.id.uuidString, view.record.title, standard.number)
        backLink = "/standards/\(view.record.id)#\(StandardsPages.anchor(standard.number))"
        paragraphs = ChapterText.paragraphs(standard.text)
        evidence = form?["evidence"] ?? rating.evidence
        links = form?["links"] ?? rating.links.joined(separator: "\n")
        let evaluation = form?["evaluation"] ?? rating.evaluation?.rawValue ?? ""
        evaluations = StandardEvaluation.allCases.map { Choice(value: $0.rawValue, label: $0.label, checked: $0.rawValue == evaluation) }
        let risk = form?["risk"] ?? rating.risk?.rawValue ?? ""
        risks = StandardRisk.allCases.map { Choice(value: $0.rawValue, label: $0.label, checked: $0.rawValue == risk) }
        let recorded: [StandardActionEditDTO] = form.map(StandardsPages.actions)
            ?? rating.actions.map { StandardActionEditDTO(text: $0.text, term: $0.term.rawValue, owner: $0.owner, due: $0.due.map { "\($0)" }) }
        let rows = recorded + Array(repeating: StandardActionEditDTO(text: nil, term: nil, owner: nil, due: nil), count: Self.blankRows)
        actions = rows.prefix(StandardRating.maximumActions + Self.blankRows).enumerated().map { index, row in
            ActionRow(index: index, text: row.text ?? "", owner: row.owner ?? "", due: row.due ?? "",
                      terms: StandardActionTerm.allCases.map { Choice(value: $0.rawValue, label: $0.label, checked: $0.rawValue == (row.term ?? "")) })
        }
        fromData = (view.evidence?.items(for: standard.number) ?? []).map { StandardsAssessmentPageModel.EvidenceLine($0, showPeople: showPeople) }
        (error, problems) = (failure?.message, failure?.problems ?? [])
    }
}
