import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// The AMHP Service Standards self-assessment online (issue 18): the published standards, and
/// assessments that map, evaluate, plan and prioritise each one, repeated so progress shows, with
/// evidence filled from the service's own data. Leads and managers edit; everyone signed in reads.
enum StandardsAPI {
    static let assessmentParameter = APIOperation.Parameter.path("assessmentID", "The assessment's id.", format: "uuid")

    static let getStandards = APIOperation(
        method: .GET, path: "/api/standards", operationID: "getStandards", tag: "Standards",
        summary: "The AMHP National Service Standards as the toolkit publishes them: six chapters, each with its purpose, examples of evidence and standards (28).",
        roles: StandardsAssessments.readers, response: .json("StandardsCatalogue"))
    static let listAssessments = APIOperation(
        method: .GET, path: "/api/standards/assessments", operationID: "listStandardsAssessments", tag: "Standards",
        summary: "Self-assessments against the standards, newest first, with how many standards each has evaluated.",
        roles: StandardsAssessments.readers, response: .jsonArray("StandardsAssessmentSummary"))
    static let createAssessment = APIOperation(
        method: .POST, path: "/api/standards/assessments", operationID: "createStandardsAssessment", tag: "Standards",
        summary: "Start a self-assessment; `repeats` names an earlier one to start from, so only what changed need be edited and progress shows.",
        roles: StandardsAssessments.editors, request: .json("NewStandardsAssessment"), response: .json("StandardsAssessment"), status: .created)
    static let getAssessment = APIOperation(
        method: .GET, path: "/api/standards/assessments/{assessmentID}", operationID: "getStandardsAssessment", tag: "Standards",
        summary: "An assessment in full: each standard's map (evidence and links), evaluation, plan (actions) and risk, the evidence from data, and the change since the assessment before.",
        roles: StandardsAssessments.readers, parameters: [assessmentParameter], response: .json("StandardsAssessment"))
    static let rateStandard = APIOperation(
        method: .PUT, path: "/api/standards/assessments/{assessmentID}/ratings/{standard}", operationID: "rateStandard", tag: "Standards",
        summary: "Record what the assessment says about one standard, replacing what it said: 422 with every problem, each naming its field.",
        roles: StandardsAssessments.editors,
        parameters: [assessmentParameter, .path("standard", "The standard's number as published, such as 2.3.")],
        request: .json("StandardRatingEdit"), response: .json("StandardsAssessment"))
    static let fillEvidence = APIOperation(
        method: .POST, path: "/api/standards/assessments/{assessmentID}/evidence", operationID: "fillStandardsEvidence", tag: "Standards",
        summary: "Fill the assessment's evidence from the service's data as of today (register, CPD, published rotas, TOIL, professions), dated and kept with it.",
        roles: StandardsAssessments.editors, parameters: [assessmentParameter], response: .json("StandardsAssessment"))
    static let assessmentCSV = APIOperation(
        method: .GET, path: "/api/standards/assessments/{assessmentID}/csv", operationID: "getStandardsAssessmentCSV", tag: "Standards",
        summary: "The assessment as CSV: one row per standard (evaluation, risk, change, evidence, actions) and one per action.",
        roles: StandardsAssessments.readers, parameters: [assessmentParameter], response: .text("text/csv"))

    static let contingency = APIOperation(
        method: .GET, path: "/api/standards/contingency", operationID: "getContingencyReserve", tag: "Standards",
        summary: "Service Standard 2.3's reserve list for a month's published rota: each day with an hour of high demand (a one-in-five chance or more that assessments need more AMHPs than are on duty) and the AMHPs free to call in, fewest shifts first. Leads and managers only.",
        roles: StandardsAssessments.editors,
        parameters: [.query("month", "The month, YYYY-MM. Default: this month.", format: nil)], response: .json("ContingencyReserve"))
    static let contingencyCSV = APIOperation(
        method: .GET, path: "/api/standards/contingency.csv", operationID: "getContingencyReserveCSV", tag: "Standards",
        summary: "The reserve list as CSV: date, high_demand_hours, worst_chance, free_amhps, free_ids, free_names.",
        roles: StandardsAssessments.editors,
        parameters: [.query("month", "The month, YYYY-MM. Default: this month.", format: nil)], response: .text("text/csv"))

    static func register(_ api: APIRouter) {
        api.add(contingency) { request, _ in
            let (reserve, hub) = try await ContingencyLists.reserve(request)
            return ContingencyReserveDTO(reserve, hub: hub)
        }
        api.add(contingencyCSV) { request, _ in
            let (reserve, hub) = try await ContingencyLists.reserve(request)
            return CSVDownload.response(reserve.csv(hub: hub), filename: "contingency-\(reserve.month).csv")
        }
        api.add(getStandards) { _, _ in StandardsCatalogueDTO(try StandardsAssessments.standards()) }
        api.add(listAssessments, list)
        api.add(createAssessment, create)
        api.add(getAssessment, show)
        api.add(rateStandard, rate)
        api.add(fillEvidence, fill)
        api.add(assessmentCSV, csv)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [StandardsAssessmentSummaryDTO] {
        let standards = try StandardsAssessments.standards()
        return try await StandardsAssessments.all(request).map { StandardsAssessmentSummaryDTO($0, standards: standards) }
    }

    @Sendable static func create(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let record = try await StandardsAssessments.create(try request.json(NewStandardsAssessmentDTO.self), request: request, user: user)
        let view = try await StandardsAssessments.view(record.id, request)
        return try await dto(view, user: user).encodeResponse(status: .created, for: request)
    }

    @Sendable static func show(_ request: Request, _ user: CurrentUser) async throws -> StandardsAssessmentDTO {
        dto(try await StandardsAssessments.view(request), user: user)
    }

    @Sendable static func rate(_ request: Request, _ user: CurrentUser) async throws -> StandardsAssessmentDTO {
        let id = try StandardsAssessments.assessmentID(request)
        let standard = try StandardRatingInput.standard(request, in: try StandardsAssessments.standards())
        let rating = try StandardRatingInput.rating(standard: standard.number, try request.json(StandardRatingEditDTO.self))
        try await StandardsAssessments.repository(request).rate(id, rating, by: user.username)
        return dto(try await StandardsAssessments.view(id, request), user: user)
    }

    @Sendable static func fill(_ request: Request, _ user: CurrentUser) async throws -> StandardsAssessmentDTO {
        let id = try StandardsAssessments.assessmentID(request)
        try await StandardsAssessments.fillEvidence(id, request: request, user: user)
        return dto(try await StandardsAssessments.view(id, request), user: user)
    }

    @Sendable static func csv(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let view = try await StandardsAssessments.view(request)
        return CSVDownload.response(StandardsAssessmentCSV.text(view, showPeople: StandardsAssessments.canEdit(user)),
                                    filename: "standards-\(view.record.assessedOn).csv")
    }

    static func dto(_ view: StandardsAssessmentView, user: CurrentUser) -> StandardsAssessmentDTO {
        StandardsAssessmentDTO(view, showPeople: StandardsAssessments.canEdit(user))
    }
}
