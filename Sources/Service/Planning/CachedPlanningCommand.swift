import Foundation
import Storage
import Vapor

/// Runs a planning command that writes its results to `--out` (`sufficiency`, `succession`) on
/// the stored hub and the planning files, or takes the cached result for the very same inputs.
enum CachedPlanningCommand {
    /// The longest a request waits for one; the defaults take seconds (docs/planning.md).
    static let timeLimit = 300.0

    static func result(_ command: String, arguments: [String], request: Request) async throws -> PlanningResult {
        let configuration = request.application.plannerConfiguration
        let hub = try await HubRepository(database: request.db).require()
        let toil = try await TOILLedgerRepository(database: request.db).totals()
        let inputs = try PlanningInputs.gather(hub: hub, toil: toil, configuration: configuration)
        let key = inputs.key([command] + arguments)
        let folder = try await request.application.planning.results.folder(for: key) { scratch in
            let hubFolder = scratch.appendingPathComponent("hub")
            try inputs.write(to: hubFolder)
            // A child slot of the instance's pool (`ChildPool`): however many leads ask at once, the
            // children never outnumber the cores set aside for them. The same inputs share one run (above).
            let pool = request.application.childPool, runner = request.application.childJobRunner
            _ = try await pool.run {
                try await PlanningCommand(
                    runner: runner,
                    request: ChildJobRequest(arguments: [command, "--hub", hubFolder.path, "--out", scratch.path] + arguments,
                                             workingDirectory: scratch, someoneWaits: true),
                    timeLimit: timeLimit).run()
            }
            // The result folder keeps only what the command wrote.
            try FileManager.default.removeItem(at: hubFolder)
        }
        return PlanningResult(folder: folder)
    }
}
