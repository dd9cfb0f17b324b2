import Fluent
import Foundation
import Planning
import Storage
import Vapor

/// Runs queued scenario runs as `amhp scenario` children, in the instance's child slots
/// (`ChildPool`), each claimed under a lease exactly as solve jobs are: renewed every third of
/// it while the child runs, the child stopped (and nothing saved) when the run is cancelled on any
/// instance or the lease is found lost, and the comparison and CSV files stored when it is done.
final class ScenarioWorker: Sendable {
    private let app: Application
    private let configuration: ServiceConfiguration
    private let runner: any ChildJobRunner
    private let pool: ChildPool

    init(app: Application) {
        self.app = app
        self.configuration = app.plannerConfiguration
        self.runner = app.childJobRunner
        self.pool = app.childPool
    }

    private var runs: ScenarioRunRepository { ScenarioRunRepository(database: app.db) }
    private var logger: Logger { app.logger }
    private var instance: String { configuration.instanceName }

    /// Claims and runs scenario runs until the task is cancelled.
    func run() async {
        if configuration.database.isSQLite {
            // Alone on its file: whatever is running there was left by a service that stopped.
            do { try await runs.expireLeases(before: .distantFuture) } catch {
                logger.error("Scenario worker could not tidy unfinished runs: \(String(describing: error))")
            }
        }
        await pool.claimLoop(pollInterval: configuration.pollInterval) {
            try await self.runs.claimNext(instance: self.instance, lease: self.configuration.jobLease)
        } claimFailed: { error in
            self.logger.error("Scenario worker could not claim a run: \(String(describing: error))")
        } run: { claimed in
            await self.run(claimed)
        }
    }

    private func run(_ claimed: ClaimedScenarioRun) async {
        let id = claimed.run.id
        let folder = ScenarioRunFolder(folder: configuration.workspace.appendingPathComponent("scenario-\(id.uuidString)"),
                                       request: (try? ScenarioRunRequest.decode(claimed.run.requestJSON))
                                           ?? ScenarioRunRequest(month: claimed.run.month, scenarios: [], timeLimit: 1, seed: 0))
        defer { try? FileManager.default.removeItem(at: folder.folder) }
        do {
            let request = try ScenarioRunRequest.decode(claimed.run.requestJSON)
            try folder.write(inputs: try PlanningInputs.decode(claimed.inputsJSON))
            let child = try runner.start(ChildJobRequest(arguments: folder.arguments, workingDirectory: folder.folder))
            // The solver keeps to its time limits; this only catches a child that hangs.
            let limit = Double(request.scenarios.count + 1) * request.timeLimit * 1.5 + 120
            guard let exit = await watch(child, id: id, limit: limit) else { return }
            if let failure = PlanningCommandFailure(exit, command: "scenario") {
                logger.warning("Scenario run \(id) failed: \(failure.reason)")
                try await runs.fail(id: id, error: failure.reason, instance: instance)
                return
            }
            let result = PlanningResult(folder: folder.outFolder)
            let summary = try result.text(ScenarioSummary.fileName)
            _ = try result.summary(ScenarioSummary.self, file: ScenarioSummary.fileName)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.outFolder.path)) ?? []
            // scenarios.csv (the side-by-side table) first, then each hub's coverage and rota.
            let tables = names.filter { $0.hasSuffix(".csv") && $0 != "scenarios.csv" }.sorted()
            let files = try ((names.contains("scenarios.csv") ? ["scenarios.csv"] : []) + tables)
                .map { ScenarioRunFile(name: $0, text: try result.text($0)) }
            try await runs.finish(id: id, resultJSON: summary, files: files, instance: instance)
        } catch StorageError.jobLeaseLost {
            logger.warning("Scenario run \(id) is no longer this instance's (\(instance)); nothing was saved.")
        } catch {
            logger.error("Scenario run \(id) failed: \(String(describing: error))")
            _ = try? await runs.fail(id: id, error: ServiceFailure(error).message, instance: instance)
        }
    }

    /// Renews the lease until the child exits; nil (the child stopped) when the run was cancelled,
    /// its lease lost, it took more than `limit` seconds (then failed), or the service is stopping.
    private func watch(_ child: any ChildJob, id: UUID, limit: Double) async -> ChildJobExit? {
        let deadline = ContinuousClock.now + .seconds(limit)
        var renewed = ContinuousClock.now
        let renewEvery = Duration.milliseconds(Int(configuration.jobLease * 1000 / 3))
        while true {
            if let exit = child.exit { return exit }
            if Task.isCancelled {
                await child.stop()
                try? await runs.releaseLease(id: id, instance: instance)
                return nil
            }
            if ContinuousClock.now >= deadline {
                await child.stop()
                _ = try? await runs.fail(id: id, error: "amhp scenario took more than \(Int(limit)) s and was stopped.", instance: instance)
                return nil
            }
            do {
                if ContinuousClock.now - renewed >= renewEvery {
                    try await runs.renewLease(id: id, instance: instance, lease: configuration.jobLease)
                    renewed = ContinuousClock.now
                }
                if let current = try await runs.run(id: id), current.status != .running || current.ranBy != instance {
                    await child.stop()
                    return nil
                }
            } catch StorageError.jobLeaseLost {
                await child.stop()
                return nil
            } catch {
                logger.warning("Scenario run \(id): \(String(describing: error))")
            }
            try? await Task.sleep(for: .milliseconds(Int(min(configuration.pollInterval, 1) * 1000)))
        }
    }
}
