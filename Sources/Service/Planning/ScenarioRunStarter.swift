import Foundation
import Storage
import Vapor

/// Starts a scenario run for the API and the page alike: checks what was asked, takes the hub as
/// a solve job would plan it (TOIL balances from the ledger), and stores it for a worker instance.
enum ScenarioRunStarter {
    static func start(month: String?, files: [String], texts: [String], timeLimit: Double?, seed: Int?, seeds: Int?,
                      request: Request, user: CurrentUser) async throws -> (run: ScenarioRun, isShared: Bool) {
        let configuration = request.application.plannerConfiguration
        let planningFolder = try PlanningInputs.planningFolder(configuration)
        let asked = try ScenarioRunRequest.validate(month: month, files: files, texts: texts, timeLimit: timeLimit, seed: seed, seeds: seeds,
                                                    planningFolder: planningFolder,
                                                    maximumTotalSeconds: configuration.maximumTimeLimit)
        let hub = try await HubRepository(database: request.db).require()
        let ledger = try await TOILLedgerRepository(database: request.db).ledger(hubAMHPIDs: hub.amhpIDs)
        // The baseline is the month as a solve job would plan it, so the comparison starts from the real rota problem.
        let inputs = try PlanningInputs.gather(hub: SolveInputs.hub(hub, ledger: ledger, month: asked.month),
                                               toil: try await TOILLedgerRepository(database: request.db).totals(), configuration: configuration)
        return try await ScenarioRuns(database: request.db).submit(asked, inputs: inputs, by: user.username)
    }

    /// The run named in the path.
    static func run(_ request: Request) async throws -> ScenarioRun {
        guard let id = request.parameters.get("runID", as: UUID.self) else {
            throw Abort(.badRequest, reason: "The run id is not a UUID.")
        }
        guard let run = try await ScenarioRuns(database: request.db).run(id) else {
            throw Abort(.notFound, reason: "No scenario run has the id \(id); GET /api/scenario-runs lists them.")
        }
        return run
    }
}
