import Foundation
import Planning
import Storage
import Vapor

/// The lead's sufficiency, scenario and succession pages (issue 6), for leads and managers.
///
/// Each page gets its numbers as the API does (`SufficiencyReports`, `SuccessionReports`,
/// `ScenarioRuns`), and shows a problem (no planning folder, a bad month, a failed command) on the
/// page itself, beside the form to put it right.
enum PlanningPages {
    static func register(on app: Application) throws {
        app.get("sufficiency", use: sufficiency)
        app.get("succession", use: succession)
        app.get("scenarios", use: scenarios)
        app.on(.POST, "scenarios", body: .collect(maxSize: "1mb"), use: startScenarioRun)
        app.get("scenarios", "runs", ":runID", use: scenarioRun)
        app.post("scenarios", "runs", ":runID", "cancel", use: cancelScenarioRun)
    }

    @Sendable static func sufficiency(_ request: Request) async throws -> Response {
        // A refused value is shown back as typed, with its reason beside the field, rather than clearing the form.
        try await reportPage(request, "planning-sufficiency", title: "Sufficiency", read: PlanningAPI.sufficiencyQuery,
                             refused: { SufficiencyPageModel(typedMonth: request.query[String.self, at: "month"],
                                                             typedDemandChange: request.query[String.self, at: "demand_change"],
                                                             typedAssumptions: PlanningAPI.typedAssumptions(request), failure: $0) },
                             failed: { SufficiencyPageModel(query: $0, error: $1) }) { query in
            let (summary, result) = try await SufficiencyReports.summary(query, request: request)
            return SufficiencyPageModel(query: query, summary: summary, heatmap: try result.text("demand_heatmap.svg"),
                                        cover: try result.text("cover_needed.svg"),
                                        tornado: summary.sensitivity == nil ? "" : try result.text("fte_sensitivity.svg"))
        }
    }

    @Sendable static func succession(_ request: Request) async throws -> Response {
        try await reportPage(request, "planning-succession", title: "Succession", read: PlanningAPI.successionQuery,
                             refused: { SuccessionPageModel(typedAsOf: request.query[String.self, at: "as_of"],
                                                            typedSimulations: request.query[String.self, at: "simulations"], failure: $0) },
                             failed: { SuccessionPageModel(query: $0, error: $1) }) { query in
            let (summary, result) = try await SuccessionReports.summary(query, request: request)
            return SuccessionPageModel(query: query, summary: summary, fan: try result.text(SuccessionReports.fanChart.file))
        }
    }

    @Sendable static func scenarios(_ request: Request) async throws -> Response {
        let user = try request.requireUser(PlanningAPI.roles)
        return try await scenariosPage(request, user: user, form: nil, failure: nil)
    }

    @Sendable static func startScenarioRun(_ request: Request) async throws -> Response {
        let user = try request.requireUser(PlanningAPI.roles)
        let form = try request.content.decode(ScenarioForm.self)
        do {
            var reader = FieldReader()
            let timeLimit = number(form.timeLimit, field: "time_limit", reader: &reader, as: Double.self)
            let seed = number(form.seed, field: "seed", reader: &reader, as: Int.self)
            let seeds = number(form.seeds, field: "seeds", reader: &reader, as: Int.self)
            try reader.check("The scenario run has problems; nothing was started.")
            let (run, _) = try await ScenarioRunStarter.start(month: form.month, files: form.files ?? [], texts: form.texts,
                                                              timeLimit: timeLimit, seed: seed, seeds: seeds, request: request, user: user)
            return request.redirect(to: "/scenarios/runs/\(run.id)", redirectType: .normal)
        } catch {
            return try await scenariosPage(request, user: user, form: form, failure: error)
        }
    }

    @Sendable static func scenarioRun(_ request: Request) async throws -> View {
        let user = try request.requireUser(PlanningAPI.roles)
        let run = try await ScenarioRunStarter.run(request)
        return try await request.page("planning-scenario-run", title: "Scenario run", user: user, ScenarioRunPageModel(run))
    }

    @Sendable static func cancelScenarioRun(_ request: Request) async throws -> Response {
        let user = try request.requireUser(PlanningAPI.roles)
        let run = try await ScenarioRunStarter.run(request)
        _ = try await ScenarioRuns(database: request.db).cancel(run.id, by: user.username)
        return request.redirect(to: "/scenarios/runs/\(run.id)", redirectType: .normal)
    }

    /// The scenarios page; a refused run shows its problems above the form as it was filled in.
    static func scenariosPage(_ request: Request, user: CurrentUser, form: ScenarioForm?, failure: (any Error)?) async throws -> Response {
        var library: [ScenarioLibrary.Entry] = []
        var failure = failure
        do {
            library = ScenarioLibrary.entries(in: try PlanningInputs.planningFolder(request.application.plannerConfiguration))
        } catch {
            failure = failure ?? error
        }
        var runs: [ScenarioRun] = []
        do {
            runs = try await ScenarioRuns(database: request.db).all()
        } catch {
            failure = failure ?? error
        }
        let described = failure.map(ServiceFailure.init)
        let page = ScenariosPageModel(library: library, runs: runs, form: form, error: described?.message, problems: described?.problems ?? [])
        let response = try await request.page("planning-scenarios", title: "Scenarios", user: user, page).encodeResponse(for: request)
        if let described { response.status = described.status }
        return response
    }

    /// A report page (sufficiency, succession): the query read from the request and the command's
    /// results shown; a query that cannot be read is shown back as typed (`refused`), and a command that
    /// fails is shown on the page itself, beside the form, answered with the failure's status.
    static func reportPage<Query, Page: Encodable>(
        _ request: Request, _ template: String, title: String, read: (Request) throws -> Query,
        refused: (ServiceFailure) -> Page, failed: @escaping (Query, String) -> Page, build: (Query) async throws -> Page
    ) async throws -> Response {
        let user = try request.requireUser(PlanningAPI.roles)
        let query: Query
        do {
            query = try read(request)
        } catch {
            return try await render(request, template, title: title, user: user, failure: error) { _ in refused(ServiceFailure(error)) }
        }
        do {
            let page = try await build(query)
            return try await request.page(template, title: title, user: user, page).encodeResponse(for: request)
        } catch {
            return try await render(request, template, title: title, user: user, failure: error) { failed(query, $0) }
        }
    }

    /// The page with the failure's message in place of results, answered with the failure's status.
    static func render<Page: Encodable>(_ request: Request, _ template: String, title: String, user: CurrentUser, failure: any Error,
                                        page: (String) -> Page) async throws -> Response {
        let described = ServiceFailure(failure)
        if described.status.code >= 500 { request.logger.report(error: failure) }
        let message = ([described.message] + described.problems.map { "\($0.field): \($0.message)" }).joined(separator: " ")
        let response = try await request.page(template, title: title, user: user, page(message)).encodeResponse(for: request)
        response.status = described.status
        return response
    }

    /// A number typed into the form, or nil when left empty; a problem when it is not a number.
    static func number<Value: LosslessStringConvertible>(_ text: String?, field: String, reader: inout FieldReader, as type: Value.Type) -> Value? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Value(text) else {
            reader.add(field, "\"\(text)\" is not a number.")
            return nil
        }
        return value
    }
}
