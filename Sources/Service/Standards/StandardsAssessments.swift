import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// The self-assessment's operations, shared by the API and the pages: list, show, create (or
/// repeat), rate a standard, and fill the evidence from the service's data.
enum StandardsAssessments {
    static let editors: [UserRole] = [.lead, .manager]
    static let readers: [UserRole] = UserRole.everyone

    static func standards() throws -> ServiceStandards { try ServiceStandards.published() }

    /// Whether the user edits assessments, and so also sees which AMHPs the evidence names.
    static func canEdit(_ user: CurrentUser) -> Bool { editors.contains(user.role) }

    static func repository(_ request: Request) -> StandardsAssessmentRepository {
        StandardsAssessmentRepository(database: request.db)
    }

    static func all(_ request: Request) async throws -> [StandardsAssessmentRecord] {
        try await repository(request).assessments()
    }

    /// The assessment the path names, 404 when there is none.
    static func view(_ request: Request) async throws -> StandardsAssessmentView {
        try await view(try assessmentID(request), request)
    }

    /// An assessment with the one before it (the list holds the latest `listLimit`; an older one is
    /// read alone, and shown without a comparison).
    static func view(_ id: UUID, _ request: Request) async throws -> StandardsAssessmentView {
        try await view(id, repository: repository(request))
    }

    static func view(_ id: UUID, repository: StandardsAssessmentRepository) async throws -> StandardsAssessmentView {
        let all = try await repository.assessments()
        if let record = all.first(where: { $0.id == id }) {
            return try StandardsAssessmentView(standards: try standards(), record: record, all: all)
        }
        guard let record = try await repository.assessment(id: id) else { throw StorageError.unknownAssessment(id) }
        return try StandardsAssessmentView(standards: try standards(), record: record, all: [record])
    }

    /// The latest assessment in brief for the annual report, with the one before it, and its
    /// ratings for the report's risks; nil and none without an assessment.
    static func reportPart(_ records: [StandardsAssessmentRecord]) throws -> (part: AnnualReport.StandardsPart?, ratings: [StandardRating]) {
        guard let latest = records.first else { return (nil, []) }
        let standards = try standards().standards
        let part = AnnualReport.StandardsPart(title: latest.title, assessedOn: latest.assessedOn, standards: standards, rating: latest.rating(of:),
                                              previous: records.dropFirst().first.map { ($0.title, $0.rating(of:)) })
        return (part, standards.map { latest.rating(of: $0.number) })
    }

    static func assessmentID(_ request: Request) throws -> UUID {
        let text = try request.identifier("assessmentID")
        guard let id = UUID(uuidString: text) else {
            throw ServiceRefusal(.notFound, field: "assessmentID", "\"\(FieldReader.shown(text))\" is not an assessment id. "
                                 + "Fix: use an id from GET /api/standards/assessments.")
        }
        return id
    }

    /// Creates an assessment from outside input: a title, the day held, and optionally one to repeat.
    static func create(_ input: NewStandardsAssessmentDTO, request: Request, user: CurrentUser) async throws -> StandardsAssessmentRecord {
        try await create(input, repository: repository(request), by: user.username)
    }

    static func create(_ input: NewStandardsAssessmentDTO, repository: StandardsAssessmentRepository, by actor: String) async throws -> StandardsAssessmentRecord {
        var reader = FieldReader()
        let title = (input.title ?? "").trimmingCharacters(in: .whitespaces)
        if title.isEmpty { reader.add("title", "is missing; name the assessment, such as \"Spring 2027 self-assessment\".") }
        let checkedTitle = title.isEmpty ? nil : reader.text(title, field: "title", limit: InputLimits.nameLength)
        let day = (input.assessedOn ?? "").isEmpty ? ServiceClock.today : reader.date(input.assessedOn, field: "assessed_on")
        var repeats: UUID?
        if let text = input.repeats, !text.isEmpty {
            repeats = UUID(uuidString: text)
            if repeats == nil { reader.add("repeats", "\"\(FieldReader.shown(text))\" is not an assessment id; use one from GET /api/standards/assessments.") }
        }
        try reader.check("The assessment has problems; nothing was created.")
        guard let checkedTitle, let day else { throw InputFailure("The assessment has problems; nothing was created.", problems: reader.problems) }
        return try await repository.create(title: checkedTitle, assessedOn: day, by: actor, repeating: repeats)
    }

    /// Fills the assessment's evidence from the service's data as of today.
    @discardableResult
    static func fillEvidence(_ id: UUID, request: Request, user: CurrentUser) async throws -> StandardsAssessmentRecord {
        let evidence = try await StandardsEvidenceGathering.evidence(request)
        return try await repository(request).setEvidence(id, json: try StandardsEvidenceGathering.json(evidence), by: user.username)
    }
}
