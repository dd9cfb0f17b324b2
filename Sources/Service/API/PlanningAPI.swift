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

    static func register(_ api: APIRouter) {
        registerSufficiency(api)
        registerScenarios(api)
        registerSuccession(api)
    }

    // MARK: Sufficiency

    static let sufficiencyParameters: [APIOperation.Parameter] = [
        .query("month", "The month to plan cover for (YYYY-MM). Default: the next occurrence of the referral log's busiest month."),
        .query("demand_change", "Change demand by this many percent, e.g. 10 or -5. Default: 0.", type: "number"),
    ]

    static func registerSufficiency(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/sufficiency", operationID: "getSufficiency", tag: "Planning",
            summary: "How many AMHPs the demand needs: cover per shift for the response target, FTE needed and available, the gap, uncovered shifts a month, reference ratios.",
            roles: roles, parameters: sufficiencyParameters, response: .json("SufficiencySummary"))) { request, _ in
            let (summary, _) = try await SufficiencyReports.summary(try sufficiencyQuery(request), request: request)
            return try PlanningResponse.json(summary)
        }
        for chart in SufficiencyReports.charts {
            api.add(APIOperation(
                method: .GET, path: "/api/sufficiency/\(chart.file)", operationID: operationID("sufficiency", chart.file), tag: "Planning",
                summary: chart.summary, roles: roles, parameters: sufficiencyParameters, response: .text("image/svg+xml"))) { request, _ in
                let result = try await SufficiencyReports.result(try sufficiencyQuery(request), request: request)
                return PlanningResponse.svg(try result.text(chart.file))
            }
        }
        for table in SufficiencyReports.tables {
            api.add(APIOperation(
                method: .GET, path: "/api/sufficiency/\(table.file)", operationID: operationID("sufficiency", table.file), tag: "Planning",
                summary: table.summary + " (CSV)", roles: roles, parameters: sufficiencyParameters, response: .text("text/csv"))) { request, _ in
                let query = try sufficiencyQuery(request)
                let (summary, result) = try await SufficiencyReports.summary(query, request: request)
                let suffix = summary.month + (query.demandChangePercent == 0 ? "" : "-demand\(NumberText.signed(query.demandChangePercent, 0))")
                return PlanningResponse.csv(try result.text(table.file), file: table.file, suffix: suffix)
            }
        }
    }

    static func sufficiencyQuery(_ request: Request) throws -> SufficiencyQuery {
        try SufficiencyQuery.read(month: request.query[String.self, at: "month"],
                                  demandChange: request.query[String.self, at: "demand_change"])
    }

    // MARK: Scenarios

    static func registerScenarios(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/scenarios", operationID: "listScenarios", tag: "Planning",
            summary: "The scenario files in the planning folder's scenarios/ folder, each with its problems if it has any.",
            roles: roles, response: .jsonArray("ScenarioFile"))) { request, _ in
            let folder = try PlanningInputs.planningFolder(request.application.plannerConfiguration)
            return ScenarioLibrary.entries(in: folder).map(ScenarioFileDTO.init)
        }
        api.add(APIOperation(
            method: .POST, path: "/api/scenarios/check", operationID: "checkScenario", tag: "Planning",
            summary: "Check a scenario file (YAML, docs/planning.md) without running it: 422 with every problem, each naming its key and the fix.",
            roles: roles, request: .text("application/yaml"), response: .json("ScenarioFile"))) { request, _ in
            let text = request.body.string ?? ""
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw InputFailure("The scenario is empty.", problems: [Problem(field: "body", message: "send the scenario's YAML, starting with a line such as \"name: Lose three NHS AMHPs\".")])
            }
            let (scenario, problems) = ScenarioLibrary.parse(text, fileName: "scenario.yaml", field: "")
            guard let scenario else { throw InputFailure("The scenario has problems.", problems: problems) }
            return ScenarioFileDTO(file: "scenario.yaml", scenario: scenario, yaml: text)
        }
        api.add(APIOperation(
            method: .POST, path: "/api/scenario-runs", operationID: "startScenarioRun", tag: "Planning",
            summary: "Plan a month for the hub as it is and for each scenario (library files and/or YAML), in the background; poll the run for the side-by-side results.",
            roles: roles, request: .json("NewScenarioRun"), response: .json("ScenarioRun"), status: .accepted)) { request, user in
            let new = try request.content.decode(NewScenarioRunDTO.self)
            let run = try await ScenarioRunStarter.start(month: new.month, files: new.files ?? [], texts: new.scenarios ?? [],
                                                         timeLimit: new.timeLimit, seed: new.seed, request: request, user: user)
            let response = try await ScenarioRunDTO(run).encodeResponse(for: request)
            response.status = .accepted
            response.headers.replaceOrAdd(name: .location, value: "/api/scenario-runs/\(run.id)")
            return response
        }
        api.add(APIOperation(
            method: .GET, path: "/api/scenario-runs", operationID: "listScenarioRuns", tag: "Planning",
            summary: "This service instance's scenario runs, newest first (kept in memory: a restart forgets them).",
            roles: roles, response: .jsonArray("ScenarioRun"))) { request, _ in
            await request.application.planning.scenarioRuns.all().map(ScenarioRunDTO.init)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/scenario-runs/{runID}", operationID: "getScenarioRun", tag: "Planning",
            summary: "A scenario run: status (queued, running, done, failed, cancelled), progress, and once done the comparison with the baseline.",
            roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid")], response: .json("ScenarioRun"))) { request, _ in
            ScenarioRunDTO(try await ScenarioRunStarter.run(request))
        }
        api.add(APIOperation(
            method: .POST, path: "/api/scenario-runs/{runID}/cancel", operationID: "cancelScenarioRun", tag: "Planning",
            summary: "Cancel a queued or running scenario run; a running solver is stopped.",
            roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid")], response: .json("ScenarioRun"))) { request, _ in
            let run = try await ScenarioRunStarter.run(request)
            return ScenarioRunDTO(await request.application.planning.scenarioRuns.cancel(run.id) ?? run)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/scenario-runs/{runID}/files/{file}", operationID: "getScenarioRunFile", tag: "Planning",
            summary: "A table of a finished run as CSV: scenarios.csv (side by side), and each hub's coverage and rota (named in the run's `files`).",
            roles: roles, parameters: [.path("runID", "The run's id.", format: "uuid"), .path("file", "A name from the run's `files`.")],
            response: .text("text/csv"))) { request, _ in
            let run = try await ScenarioRunStarter.run(request)
            let file = try request.identifier("file")
            guard run.files.contains(file) else {
                throw Abort(.notFound, reason: run.status == .done
                            ? "The run has no file \"\(file)\"; it has: \(run.files.joined(separator: ", "))."
                            : "The run is \(run.status.rawValue), so it has no files yet.")
            }
            return PlanningResponse.csv(try PlanningResult(folder: run.outFolder).text(file), file: file, suffix: run.request.month.description)
        }
    }

    // MARK: Succession

    static let successionParameters: [APIOperation.Parameter] = [
        .query("as_of", "The date to take the register on (YYYY-MM-DD). Default: today.", format: "date"),
        .query("simulations", "Simulated futures, 10 to \(SuccessionQuery.maximumSimulations). Default: 1000.", type: "integer"),
        .query("seed", "Seed for the simulation; the same seed gives the same projection. Default: 1.", type: "integer"),
    ]

    static func registerSuccession(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/succession", operationID: "getSuccession", tag: "Planning",
            summary: "The register, the five-year projection and the training plan together.",
            roles: roles, parameters: successionParameters, response: .json("SuccessionSummary"))) { request, _ in
            try PlanningResponse.json(try await successionSummary(request))
        }
        api.add(APIOperation(
            method: .GET, path: "/api/succession/register", operationID: "getRegister", tag: "Planning",
            summary: "The register: warrants, re-approval due, suspensions, CPD hours, with the flags (under 18 hours, re-approval due while under).",
            roles: roles, parameters: successionParameters, response: .json("Register"))) { request, _ in
            try PlanningResponse.json(try await successionSummary(request).register)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/succession/projection", operationID: "getProjection", tag: "Planning",
            summary: "The five-year projection, quarterly: rota FTE and headcount percentiles (10th, median, 90th) without and with the training plan, against the target.",
            roles: roles, parameters: successionParameters, response: .json("Projection"))) { request, _ in
            try PlanningResponse.json(try await successionSummary(request).projection)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/succession/training-plan", operationID: "getTrainingPlan", tag: "Planning",
            summary: "The training plan: trainees to start in each intake, the cost, and each quarter met or not and why.",
            roles: roles, parameters: successionParameters, response: .json("TrainingPlan"))) { request, _ in
            try PlanningResponse.json(try await successionSummary(request).trainingPlan)
        }
        let chart = SuccessionReports.fanChart
        api.add(APIOperation(
            method: .GET, path: "/api/succession/\(chart.file)", operationID: operationID("succession", chart.file), tag: "Planning",
            summary: chart.summary, roles: roles, parameters: successionParameters, response: .text("image/svg+xml"))) { request, _ in
            let result = try await SuccessionReports.result(try successionQuery(request), request: request)
            return PlanningResponse.svg(try result.text(chart.file))
        }
        for table in SuccessionReports.tables {
            api.add(APIOperation(
                method: .GET, path: "/api/succession/\(table.file)", operationID: operationID("succession", table.file), tag: "Planning",
                summary: table.summary + " (CSV)", roles: roles, parameters: successionParameters, response: .text("text/csv"))) { request, _ in
                let query = try successionQuery(request)
                let result = try await SuccessionReports.result(query, request: request)
                return PlanningResponse.csv(try result.text(table.file), file: table.file, suffix: query.asOf.description)
            }
        }
    }

    static func successionQuery(_ request: Request) throws -> SuccessionQuery {
        try SuccessionQuery.read(asOf: request.query[String.self, at: "as_of"], simulations: request.query[String.self, at: "simulations"],
                                 seed: request.query[String.self, at: "seed"], today: ServiceClock.today)
    }

    static func successionSummary(_ request: Request) async throws -> SuccessionSummary {
        try await SuccessionReports.summary(try successionQuery(request), request: request).0
    }

    /// `sufficiency` and `demand_heatmap.svg` → `sufficiencyDemandHeatmapSVG`.
    static func operationID(_ prefix: String, _ file: String) -> String {
        prefix + file.split(whereSeparator: { $0 == "_" || $0 == "." }).map { part in
            part == "csv" || part == "svg" ? part.uppercased() : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }
}
