import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// The published standards (`StandardsCatalogue` in /openapi.json).
struct StandardsCatalogueDTO: Content {
    struct Chapter: Content {
        let number: Int
        let title: String
        let purpose: String
        let examples: [String]
        let standards: [Standard]
    }

    struct Standard: Content {
        let number: String
        let text: String
    }

    let source: String
    let chapters: [Chapter]

    init(_ standards: ServiceStandards) {
        source = StandardsText.source
        chapters = standards.chapters.map { chapter in
            Chapter(number: chapter.number, title: chapter.title, purpose: chapter.purpose, examples: chapter.examples,
                    standards: chapter.standards.map { Standard(number: $0.number, text: $0.text) })
        }
    }
}

/// One assessment in the list (`StandardsAssessmentSummary`): how far it has got.
struct StandardsAssessmentSummaryDTO: Content {
    let id: UUID
    let title: String
    let assessedOn: String
    let createdBy: String
    let updatedAt: Date
    let evaluated: Int
    let total: Int
    let highRisks: Int
    let actions: Int
    let evidenceAt: Date?

    init(_ record: StandardsAssessmentRecord, standards: ServiceStandards) {
        let tally = StandardsTally(standards: standards.standards, rating: record.rating(of:))
        (id, title, assessedOn, createdBy, updatedAt) = (record.id, record.title, "\(record.assessedOn)", record.createdBy, record.updatedAt)
        (evaluated, total, actions, evidenceAt) = (tally.evaluated, tally.total, tally.actions, record.evidenceAt)
        highRisks = tally.byRisk.first { $0.0 == .high }?.1 ?? 0
    }
}

/// An assessment in full (`StandardsAssessment`): every standard with what was recorded, the
/// evidence from data, and the change since the assessment before.
struct StandardsAssessmentDTO: Content {
    let id: UUID
    let title: String
    let assessedOn: String
    let createdBy: String
    let createdAt: Date
    let updatedAt: Date
    let previousID: UUID?
    let evidenceAsOf: String?
    let evidenceAt: Date?
    let standards: [StandardRatingDTO]

    init(_ view: StandardsAssessmentView, showPeople: Bool) {
        let record = view.record
        (id, title, assessedOn, createdBy) = (record.id, record.title, "\(record.assessedOn)", record.createdBy)
        (createdAt, updatedAt, previousID) = (record.createdAt, record.updatedAt, view.previous?.id)
        (evidenceAsOf, evidenceAt) = (view.evidence?.asOf, record.evidenceAt)
        standards = view.standards.standards.enumerated().map { index, standard in
            let line = view.progress?.lines[index]
            return StandardRatingDTO(standard: standard, rated: record.ratings[standard.number], previous: line,
                                     evidence: view.evidence?.items(for: standard.number) ?? [], showPeople: showPeople)
        }
    }
}

/// One standard within an assessment (`StandardRating`).
struct StandardRatingDTO: Content {
    let standard: String
    let chapter: Int
    let evidence: String
    let links: [String]
    let evaluation: String?
    let risk: String?
    let actions: [StandardActionDTO]
    let updatedBy: String?
    let updatedAt: Date?
    let previousEvaluation: String?
    let previousRisk: String?
    /// `better`, `worse`, `same`, `new` or `cleared`; nil without an assessment before.
    let evaluationChange: String?
    let riskChange: String?
    let fromData: [StandardsEvidenceItemDTO]

    init(standard: ServiceStandard, rated: RatedStandard?, previous: StandardsProgress.Line?, evidence: [StandardsEvidenceItem],
         showPeople: Bool) {
        let rating = rated?.rating ?? StandardRating(standard: standard.number)
        (self.standard, chapter, self.evidence, links) = (standard.number, standard.chapter, rating.evidence, rating.links)
        (evaluation, risk) = (rating.evaluation?.rawValue, rating.risk?.rawValue)
        actions = rating.actions.map(StandardActionDTO.init)
        (updatedBy, updatedAt) = (rated?.updatedBy, rated?.updatedAt)
        (previousEvaluation, previousRisk) = (previous?.evaluation.before?.rawValue, previous?.risk.before?.rawValue)
        (evaluationChange, riskChange) = (previous?.evaluationChange.rawValue, previous?.riskChange.rawValue)
        fromData = evidence.map { StandardsEvidenceItemDTO($0, showPeople: showPeople) }
    }
}

struct StandardActionDTO: Content {
    let text: String
    let term: String
    let owner: String
    let due: String?

    init(_ action: StandardAction) {
        (text, term, owner, due) = (action.text, action.term.rawValue, action.owner, action.due.map { "\($0)" })
    }
}

/// A figure from the service's data (`StandardsEvidenceItem`); `amhps` only for leads and managers.
struct StandardsEvidenceItemDTO: Content {
    let key: String
    let measure: String
    let value: String
    let detail: String
    let source: String
    let concern: Bool
    let amhps: [String]?

    init(_ item: StandardsEvidenceItem, showPeople: Bool) {
        (key, measure, value, detail, source, concern) = (item.key, item.measure, item.value, item.detail, item.source, item.concern)
        amhps = showPeople ? item.amhpIDs : nil
    }
}

/// `POST /api/standards/assessments` (`NewStandardsAssessment`).
struct NewStandardsAssessmentDTO: Content {
    let title: String?
    let assessedOn: String?
    /// An earlier assessment to start from.
    let repeats: String?
}

/// `PUT /api/standards/assessments/{id}/ratings/{standard}` (`StandardRatingEdit`); the page's
/// form posts the same fields, with links one a line.
struct StandardRatingEditDTO: Content {
    let evidence: String?
    let links: [String]?
    let evaluation: String?
    let risk: String?
    let actions: [StandardActionEditDTO]?
}

struct StandardActionEditDTO: Content {
    let text: String?
    let term: String?
    let owner: String?
    let due: String?

    /// A blank row of the page's form.
    var isBlank: Bool { [text, term, owner, due].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty } }
}
