import Foundation
import Planning
import Storage
import Vapor

/// Sufficiency, scenarios and succession for AMHP leads and managers (issue 6).
///
/// Every number comes from the `amhp` planning commands run as child processes (GLPK never runs
/// in the server): sufficiency and succession wait for theirs, cached by input; scenario runs,
/// minutes of rota solving, run in the background and are polled.
enum PlanningAPI {
    static let roles: [UserRole] = [.lead, .manager]

    // MARK: Operations

    static let sufficiencyParameters: [APIOperation.Parameter] = [
        .query("month", "The month to plan cover for (YYYY-MM). Default: the next occurrence of the referral log's busiest month."),
        .query("demand_change", "Change demand by this many percent, e.g. 10 or -5. Default: 0.", type: "number"),
    ] + SufficiencyAssumption.allCases.map { assumption in
        .query(assumption.rawValue, "\(assumption.label): from \(NumberText.plain(assumption.range.lowerBound)) to \(NumberText.plain(assumption.range.upperBound)). Default: planning.yaml's.",
               type: assumption.isWholeNumber ? "integer" : "number")
    }
    static let getSufficiency = APIOperation(
        method: .GET, path: "/api/sufficiency", operationID: "getSufficiency", tag: "Planning",
        summary: "How many AMHPs the demand needs: cover per shift for the response target, FTE needed and available, the gap, uncovered shifts a month, reference ratios.",
        roles: roles, parameters: sufficiencyParameters, response: .json("SufficiencySummary"))
    /// Each chart and table of `amhp sufficiency`, one route each.
    static let sufficiencyFiles = PlanningFileRoutes(
        prefix: "sufficiency", roles: roles, parameters: sufficiencyParameters,
        charts: SufficiencyReports.charts, tables: SufficiencyReports.tables,
        result: { request in try await SufficiencyReports.result(try sufficiencyQuery(request), request: request) },
        table: { request in
            let query = try sufficiencyQuery(request)
            let (summary, result) = try await SufficiencyReports.summary(query, request: request)
            return (result, summary.month + (query.demandChangePercent == 0 ? "" : "-demand\(NumberText.signed(query.demandChangePercent, 0))"))
        })

    static let listScenarios = APIOperation(
        method: .GET, path: "/api/scenarios", operationID: "listScenarios", tag: "Planning",
        summary: "The scenario files in the planning folder's scenarios/ folder, each with its problems if it has any.",
        roles: roles, response: .jsonArray("ScenarioFile"))
    static let checkScenario = APIOperation(
        method: .POST, path: "/api/scenarios/check", operationID: "checkScenario", tag: "Planning",
        summary: "Check a scenario file (YAML, docs/planning.md) without running it: 422 with every problem, each naming its key and the fix.",
        roles: roles, request: .text("application/yaml"), response: .json("ScenarioFile"))
    static let startScenarioRun = APIOperation(
        method: .POST, path: "/api/scenario-runs", operationID: "startScenarioRun", tag: "Planning",
        summary: "Plan a month for the hub as it is and for each scenario (library files and/or YAML), in the background on a worker instance; poll the run for the side-by-side results. "
            + "When an identical run (same scenarios, month, limits and inputs) is queued or running, that run is returned (200) instead of a new one.",
        roles: roles, request: .json("NewScenarioRun"), response: .json("ScenarioRun"), status: .accepted,
        otherStatus: (.ok, "An identical run was queued or running already: this is that run, which the request shares."))
    static let listScenarioRuns = APIOperation(
        method: .GET, path: "/api/scenario-runs", operationID: "listScenarioRuns", tag: "Planning",
        summary: "The hub's latest 50 scenario runs, newest first (kept in the database: any instance shows them).",
        roles: roles, response: .jsonArray("ScenarioRun"))
    static let getScenarioRun = APIOperation(
        method: .GET, path: "/api/scenario-runs/{runID}", operationID: "getScenarioRun", tag: "Planning",
        summary: "A scenario run: status (queued, running, done, failed, cancelled), progress, and once done the comparison with the baseline.",
        roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid")], response: .json("ScenarioRun"))
    static let cancelScenarioRun = APIOperation(
        method: .POST, path: "/api/scenario-runs/{runID}/cancel", operationID: "cancelScenarioRun", tag: "Planning",
        summary: "Cancel a queued or running scenario run; a running solver is stopped.",
        roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid")], response: .json("ScenarioRun"))
    static let getScenarioRunFile = APIOperation(
        method: .GET, path: "/api/scenario-runs/{runID}/files/{file}", operationID: "getScenarioRunFile", tag: "Planning",
        summary: "A table of a finished run as CSV: scenarios.csv (side by side), and each hub's coverage and rota (named in the run's `files`).",
        roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid"), .path("file", "A name from the run's `files`.")],
        response: .text("text/csv"))

    static let successionParameters: [APIOperation.Parameter] = [
        .query("as_of", "The date to take the register on (YYYY-MM-DD). Default: today.", format: "date"),
        .query("simulations", "Simulated futures, 10 to \(SuccessionQuery.maximumSimulations). Default: 1000.", type: "integer"),
        .query("seed", "Seed for the simulation; the same seed gives the same projection. Default: 1.", type: "integer"),
    ]
    static let getSuccession = APIOperation(
        method: .GET, path: "/api/succession", operationID: "getSuccession", tag: "Planning",
        summary: "The register, the five-year projection and the training plan together.",
        roles: roles, parameters: successionParameters, response: .json("SuccessionSummary"))
    static let getRegister = APIOperation(
        method: .GET, path: "/api/succession/register", operationID: "getRegister", tag: "Planning",
        summary: "The register: warrants, re-approval due, suspensions, CPD hours, with the flags (under 18 hours, re-approval due while under).",
        roles: roles, parameters: successionParameters, response: .json("Register"))
    static let getProjection = APIOperation(
        method: .GET, path: "/api/succession/projection", operationID: "getProjection", tag: "Planning",
        summary: "The five-year projection, quarterly: rota FTE and headcount percentiles (10th, median, 90th) without and with the training plan, against the target.",
        roles: roles, parameters: successionParameters, response: .json("Projection"))
    static let getTrainingPlan = APIOperation(
        method: .GET, path: "/api/succession/training-plan", operationID: "getTrainingPlan", tag: "Planning",
        summary: "The succession plan: trainees to start in each intake, qualified AMHPs to recruit, agency and extra NHS FTE by quarter, the cost of each, and each quarter met or not and why.",
        roles: roles, parameters: successionParameters, response: .json("TrainingPlan"))
    /// The fan chart and each table of `amhp succession`, one route each.
    static let successionFiles = PlanningFileRoutes(
        prefix: "succession", roles: roles, parameters: successionParameters,
        charts: [SuccessionReports.fanChart], tables: SuccessionReports.tables,
        result: { request in try await SuccessionReports.result(try successionQuery(request), request: request) },
        table: { request in
            let query = try successionQuery(request)
            return (try await SuccessionReports.result(query, request: request), query.asOf.description)
        })

    static func register(_ api: APIRouter) {
        api.add(getSufficiency, sufficiency)
        sufficiencyFiles.register(api)
        api.add(listScenarios, scenarios)
        api.add(checkScenario, check)
        api.add(startScenarioRun, startRun)
        api.add(listScenarioRuns, runs)
        api.add(getScenarioRun, run)
        api.add(cancelScenarioRun, cancelRun)
        api.add(getScenarioRunFile, runFile)
        api.add(getSuccession) { request, _ in try PlanningResponse.json(try await successionSummary(request)) }
        api.add(getRegister) { request, _ in try PlanningResponse.json(try await successionSummary(request).register) }
        api.add(getProjection) { request, _ in try PlanningResponse.json(try await successionSummary(request).projection) }
        api.add(getTrainingPlan) { request, _ in try PlanningResponse.json(try await successionSummary(request).trainingPlan) }
        successionFiles.register(api)
    }

    // MARK: Sufficiency

    @Sendable static func sufficiency(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let (summary, _) = try await SufficiencyReports.summary(try sufficiencyQuery(request), request: request)
        return try PlanningResponse.json(summary)
    }

    static func sufficiencyQuery(_ request: Request) throws -> SufficiencyQuery {
        try SufficiencyQuery.read(month: request.query[String.self, at: "month"],
                                  demandChange: request.query[String.self, at: "demand_change"],
                                  assumptions: typedAssumptions(request))
    }

    /// Each assumption's value as typed in the query, by key.
    static func typedAssumptions(_ request: Request) -> [SufficiencyAssumption: String] {
        var typed: [SufficiencyAssumption: String] = [:]
        for assumption in SufficiencyAssumption.allCases {
            if let text = request.query[String.self, at: assumption.rawValue] { typed[assumption] = text }
        }
        return typed
    }

    // MARK: Scenarios

    @Sendable static func scenarios(_ request: Request, _ user: CurrentUser) async throws -> [ScenarioFileDTO] {
        let folder = try PlanningInputs.planningFolder(request.application.plannerConfiguration)
        return ScenarioLibrary.entries(in: folder).map(ScenarioFileDTO.init)
    }

    @Sendable static func check(_ request: Request, _ user: CurrentUser) async throws -> ScenarioFileDTO {
        try ScenarioCheck.file(request.body.string ?? "")
    }

    @Sendable static func startRun(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let new = try request.content.decode(NewScenarioRunDTO.self)
        let (run, isShared) = try await ScenarioRunStarter.start(month: new.month, files: new.files ?? [], texts: new.scenarios ?? [],
                                                                 timeLimit: new.timeLimit, seed: new.seed, seeds: new.seeds,
                                                                 request: request, user: user)
        let response = try await ScenarioRunDTO(run).encodeResponse(for: request)
        response.status = isShared ? .ok : .accepted
        response.headers.replaceOrAdd(name: .location, value: "/api/scenario-runs/\(run.id)")
        return response
    }

    @Sendable static func runs(_ request: Request, _ user: CurrentUser) async throws -> [ScenarioRunDTO] {
        try await ScenarioRuns(database: request.db).all().map(ScenarioRunDTO.init)
    }

    @Sendable static func run(_ request: Request, _ user: CurrentUser) async throws -> ScenarioRunDTO {
        ScenarioRunDTO(try await ScenarioRunStarter.run(request))
    }

    @Sendable static func cancelRun(_ request: Request, _ user: CurrentUser) async throws -> ScenarioRunDTO {
        let run = try await ScenarioRunStarter.run(request)
        return ScenarioRunDTO(try await ScenarioRuns(database: request.db).cancel(run.id, by: user.username) ?? run)
    }

    @Sendable static func runFile(_ request: Request, _ user: CurrentUser) async throws -> Response {
        let run = try await ScenarioRunStarter.run(request)
        let file = try request.identifier("file")
        guard run.files.contains(file) else {
            throw Abort(.notFound, reason: run.status == .done
                        ? "The run has no file \"\(file)\"; it has: \(run.files.joined(separator: ", "))."
                        : "The run is \(run.status.rawValue), so it has no files yet.")
        }
        guard let text = try await ScenarioRuns(database: request.db).file(run.id, name: file) else {
            throw Abort(.notFound, reason: "The run has no file \"\(file)\".")
        }
        return PlanningResponse.csv(text, file: file, suffix: run.request.month.description)
    }

    // MARK: Succession

    static func successionQuery(_ request: Request) throws -> SuccessionQuery {
        try SuccessionQuery.read(asOf: request.query[String.self, at: "as_of"], simulations: request.query[String.self, at: "simulations"],
                                 seed: request.query[String.self, at: "seed"], today: ServiceClock.today)
    }

    static func successionSummary(_ request: Request) async throws -> SuccessionSummary {
        try await SuccessionReports.summary(try successionQuery(request), request: request).0
    }
}

/// A planning command's files, one route each: its charts as SVG, then its tables as CSV
/// downloads named with a suffix (the month, the date). Sufficiency and succession both serve theirs so.
struct PlanningFileRoutes: Sendable {
    typealias File = (file: String, summary: String)

    let prefix: String
    let roles: [UserRole]
    let parameters: [APIOperation.Parameter]
    let charts: [File]
    let tables: [File]
    /// The command's result for the request, for a chart.
    let result: @Sendable (Request) async throws -> PlanningResult
    /// The command's result and the download name's suffix, for a table.
    let table: @Sendable (Request) async throws -> (PlanningResult, String)

    func register(_ api: APIRouter) {
        for chart in charts {
            api.add(operation(chart.file, summary: chart.summary, response: .text("image/svg+xml"))) { request, _ in
                PlanningResponse.svg(try await result(request).text(chart.file))
            }
        }
        for table in tables {
            api.add(operation(table.file, summary: table.summary + " (CSV)", response: .text("text/csv"))) { request, _ in
                let (result, suffix) = try await self.table(request)
                return PlanningResponse.csv(try result.text(table.file), file: table.file, suffix: suffix)
            }
        }
    }

    func operation(_ file: String, summary: String, response: APIOperation.Body) -> APIOperation {
        APIOperation(method: .GET, path: "/api/\(prefix)/\(file)", operationID: Self.operationID(prefix, file), tag: "Planning",
                     summary: summary, roles: roles, parameters: parameters, response: response)
    }

    /// `sufficiency` and `demand_heatmap.svg` → `sufficiencyDemandHeatmapSVG`.
    static func operationID(_ prefix: String, _ file: String) -> String {
        prefix + file.split(whereSeparator: { $0 == "_" || $0 == "." }).map { part in
            part == "csv" || part == "svg" ? part.uppercased() : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }
}

/// A scenario file sent to be checked: the scenario, or every problem with it.
enum ScenarioCheck {
    static func file(_ text: String) throws -> ScenarioFileDTO {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw InputFailure("The scenario is empty.", problems: [Problem(field: "body", message: "send the scenario's YAML, starting with a line such as \"name: Lose three NHS AMHPs\".")])
        }
        let (scenario, problems) = ScenarioLibrary.parse(text, fileName: "scenario.yaml", field: "")
        guard let scenario else { throw InputFailure("The scenario has problems.", problems: problems) }
        return ScenarioFileDTO(file: "scenario.yaml", scenario: scenario, yaml: text)
    }
}
