import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// The Service Standards pages (issue 18): the list of self-assessments with the form to start
/// one, an assessment chapter by chapter, and the form for one standard. Leads and managers edit;
/// everyone signed in reads. Forms post back here and are refused as the API refuses them.
enum StandardsPages {
    static func register(on app: Application) {
        app.get("standards", use: list)
        app.get("standards", "contingency", use: contingency)
        app.post("standards", use: create)
        app.get("standards", ":assessmentID", use: assessment)
        app.post("standards", ":assessmentID", "evidence", use: fillEvidence)
        app.get("standards", ":assessmentID", "ratings", ":standard", use: ratingForm)
        app.on(.POST, "standards", ":assessmentID", "ratings", ":standard", body: .collect(maxSize: "256kb"), use: rate)
    }

    /// The id of a standard's section on the assessment page, such as `standard-2-3`.
    static func anchor(_ number: String) -> String { "standard-" + number.replacingOccurrences(of: ".", with: "-") }

    /// Service Standard 2.3's reserve list for `?month=` (leads and managers: it names people).
    @Sendable static func contingency(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.editors)
        let asked = request.query[String.self, at: "month"].flatMap(Month.init) ?? ServiceClock.thisMonth
        do {
            let (reserve, hub) = try await ContingencyLists.reserve(request)
            let page = ContingencyPageModel(month: reserve.month.description, reserve: reserve, hub: hub, error: nil)
            return try await request.page("standards-contingency", title: "Contingency", user: user, page).encodeResponse(for: request)
        } catch {
            let failure = ServiceFailure(error)
            let page = ContingencyPageModel(month: asked.description, reserve: nil, hub: nil,
                                            error: ([failure.message] + (failure.status == .unprocessableEntity
                                                ? failure.problems.map { "\($0.field): \($0.message)" } : [])).joined(separator: " "))
            let response = try await request.page("standards-contingency", title: "Contingency", user: user, page).encodeResponse(for: request)
            response.status = failure.status
            return response
        }
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.readers)
        return try await listPage(request, user: user, form: nil, failure: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.editors)
        let form = try request.content.decode([String: String].self)
        do {
            let input = NewStandardsAssessmentDTO(title: form["title"], assessedOn: form["assessed_on"], repeats: form["repeats"])
            let record = try await StandardsAssessments.create(input, request: request, user: user)
            return request.redirect(to: "/standards/\(record.id)", redirectType: .normal)
        } catch {
            return try await listPage(request, user: user, form: form, failure: error)
        }
    }

    @Sendable static func assessment(_ request: Request) async throws -> View {
        let user = try request.requireUser(StandardsAssessments.readers)
        let view = try await StandardsAssessments.view(request)
        let page = StandardsAssessmentPageModel(view, editable: StandardsAssessments.canEdit(user))
        return try await request.page("standards-assessment", title: view.record.title, user: user, page)
    }

    @Sendable static func fillEvidence(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.editors)
        let id = try StandardsAssessments.assessmentID(request)
        try await StandardsAssessments.fillEvidence(id, request: request, user: user)
        return request.redirect(to: "/standards/\(id)#evidence", redirectType: .normal)
    }

    @Sendable static func ratingForm(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.editors)
        return try await ratingPage(request, user: user, form: nil, failure: nil)
    }

    @Sendable static func rate(_ request: Request) async throws -> Response {
        let user = try request.requireUser(StandardsAssessments.editors)
        let view = try await StandardsAssessments.view(request)
        let standard = try StandardRatingInput.standard(request, in: view.standards)
        let form = try request.content.decode([String: String].self)
        do {
            let edit = StandardRatingEditDTO(evidence: form["evidence"], links: (form["links"] ?? "").components(separatedBy: .newlines),
                                             evaluation: form["evaluation"], risk: form["risk"], actions: actions(form))
            let rating = try StandardRatingInput.rating(standard: standard.number, edit)
            try await StandardsAssessments.repository(request).rate(view.record.id, rating, by: user.username)
            return request.redirect(to: "/standards/\(view.record.id)#\(anchor(standard.number))", redirectType: .normal)
        } catch {
            return try await ratingPage(request, user: user, form: form, failure: error)
        }
    }

    /// The action rows of the standard's form (`action_text_0`, `action_term_0`, …), in order, up to
    /// as many as the form offers.
    static func actions(_ form: [String: String]) -> [StandardActionEditDTO] {
        (0..<(StandardRating.maximumActions + StandardRatingPageModel.blankRows)).compactMap { index in
            let row = StandardActionEditDTO(text: form["action_text_\(index)"], term: form["action_term_\(index)"],
                                            owner: form["action_owner_\(index)"], due: form["action_due_\(index)"])
            return row.isBlank ? nil : row
        }
    }

    static func listPage(_ request: Request, user: CurrentUser, form: [String: String]?, failure: (any Error)?) async throws -> Response {
        let standards = try StandardsAssessments.standards()
        let records = try await StandardsAssessments.all(request)
        let described = failure.map(ServiceFailure.init)
        let page = StandardsListPageModel(records: records, standards: standards, editable: StandardsAssessments.canEdit(user), form: form,
                                          failure: described)
        let response = try await request.page("standards", title: "Service Standards", user: user, page).encodeResponse(for: request)
        if let described { response.status = described.status }
        return response
    }

    static func ratingPage(_ request: Request, user: CurrentUser, form: [String: String]?, failure: (any Error)?) async throws -> Response {
        let view = try await StandardsAssessments.view(request)
        let standard = try StandardRatingInput.standard(request, in: view.standards)
        let described = failure.map(ServiceFailure.init)
        let page = StandardRatingPageModel(view: view, standard: standard, form: form, failure: described,
                                           showPeople: StandardsAssessments.canEdit(user))
        let response = try await request.page("standards-rating", title: "Standard \(standard.number)", user: user, page)
            .encodeResponse(for: request)
        if let described { response.status = described.status }
        return response
    }
}
