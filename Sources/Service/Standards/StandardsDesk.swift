import FluentKit
import Foundation
import Planning
import Storage
import Workforce

/// The self-assessment for `amhp standards`: the same checks, storage and evidence as the API,
/// on a database without the service running. Refusals are `StandardsRefusal`s naming each field.
public enum StandardsDesk {
    public static func assessments(on database: any Database) async throws -> [StandardsAssessmentRecord] {
        try await StandardsAssessmentRepository(database: database).assessments()
    }

    public static func create(title: String, assessedOn: String?, repeats: String?, by actor: String,
                              on database: any Database) async throws -> StandardsAssessmentRecord {
        try await refusing {
            try await StandardsAssessments.create(NewStandardsAssessmentDTO(title: title, assessedOn: assessedOn, repeats: repeats),
                                                  repository: StandardsAssessmentRepository(database: database), by: actor)
        }
    }

    /// Changes one standard's rating: what is given replaces that part, the rest is kept.
    /// Actions are written `text|term|owner|due` (due may be left out).
    public static func rate(_ id: UUID, standard number: String, evidence: String?, links: [String]?, evaluation: String?, risk: String?,
                            actions: [String]?, by actor: String, on database: any Database) async throws -> StandardsAssessmentRecord {
        try await refusing {
            let repository = StandardsAssessmentRepository(database: database)
            guard let record = try await repository.assessment(id: id) else { throw StorageError.unknownAssessment(id) }
            guard let standard = try ServiceStandards.published().standard(number) else {
                throw InputFailure("\"\(number)\" is not a published standard.",
                                   problems: [Problem(field: "standard", message: "use a number `amhp standards list --standards` shows, such as 2.3.")])
            }
            let old = record.rating(of: standard.number)
            let edit = StandardRatingEditDTO(
                evidence: evidence ?? old.evidence, links: links ?? old.links,
                evaluation: evaluation ?? old.evaluation?.rawValue, risk: risk ?? old.risk?.rawValue,
                actions: actions.map { $0.map(action) }
                    ?? old.actions.map { StandardActionEditDTO(text: $0.text, term: $0.term.rawValue, owner: $0.owner, due: $0.due.map { "\($0)" }) })
            return try await repository.rate(id, try StandardRatingInput.rating(standard: standard.number, edit), by: actor)
        }
    }

    /// Fills the assessment's evidence from the database and the planning folder as of `asOf`.
    @discardableResult
    public static func fillEvidence(_ id: UUID, planningFolder: URL?, asOf: LocalDate, by actor: String,
                                    on database: any Database) async throws -> StandardsAssessmentRecord {
        let evidence = try await StandardsEvidenceGathering.evidence(database: database, planningFolder: planningFolder, asOf: asOf)
        return try await StandardsAssessmentRepository(database: database).setEvidence(id, json: try StandardsEvidenceGathering.json(evidence), by: actor)
    }

    /// The assessment as text (each standard's evaluation, risk, change, evidence and actions), or as CSV.
    public static func report(_ id: UUID, csv: Bool, on database: any Database) async throws -> String {
        let view = try await StandardsAssessments.view(id, repository: StandardsAssessmentRepository(database: database))
        return csv ? StandardsAssessmentCSV.text(view, showPeople: true) : StandardsAssessmentText.text(view)
    }

    /// The latest self-assessment in brief for `amhp report`, and its ratings.
    public static func reportPart(on database: any Database) async throws -> (part: AnnualReport.StandardsPart?, ratings: [StandardRating]) {
        try StandardsAssessments.reportPart(try await assessments(on: database))
    }

    /// How far an assessment has got: `5 of 28` standards evaluated.
    public static func evaluated(_ record: StandardsAssessmentRecord) throws -> String {
        let tally = StandardsTally(standards: try ServiceStandards.published().standards, rating: record.rating(of:))
        return "\(tally.evaluated) of \(tally.total)"
    }

    /// The published standards as text.
    public static func standardsText() throws -> String {
        try ServiceStandards.published().chapters.map { chapter in
            "\(chapter.number). \(chapter.title)\n" + chapter.standards.map { "  \($0.number) \(ChapterText.paragraphs($0.text).first ?? "")" }.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    static func action(_ text: String) -> StandardActionEditDTO {
        let parts = text.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        func part(_ index: Int) -> String? { index < parts.count ? parts[index] : nil }
        return StandardActionEditDTO(text: part(0), term: part(1), owner: part(2), due: part(3))
    }

    private static func refusing<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let failure as InputFailure {
            throw StandardsRefusal(message: failure.message, problems: failure.problems.map { "\($0.field): \($0.message)" })
        }
    }
}

/// Input `amhp standards` refused: the message and each problem, naming its field.
public struct StandardsRefusal: Error, CustomStringConvertible {
    public let message: String
    public let problems: [String]

    public var description: String { ([message] + problems.map { "  - \($0)" }).joined(separator: "\n") }
}
