import Fluent
import Metrics
import NIOConcurrencyHelpers
import Foundation
import Storage
import Vapor
import Workforce

/// Runs queued solve jobs, up to the instance's child slots at once (`ChildPool`), each as
/// `amhp rota` in a child process (through the application's `ChildJobRunner`).
///
/// The worker takes a slot, then claims a job under a lease in this instance's name
/// (`SolveJobRepository.claimNext`: two instances never run the same job), writes the hub as the
/// job should see it and the earlier months' rotas (`ChainedHub`) into the job's folder, runs the
/// child, reports its progress (`--progress json`) and renews the lease every third of it. It
/// stops the child, saving nothing, when the job is cancelled (from any instance) or its lease is
/// found lost; and saves the rota the child writes as a draft, in the same transaction that ends
/// the job as long as the lease is still its own, when its result (`--result-json`) says the
/// independent checker passed it.
final class SolveWorker: Sendable {
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

    private var database: any Database { app.db }
    private var jobs: SolveJobRepository { SolveJobRepository(database: database) }
    private var logger: Logger { app.logger }
    private var instance: String { configuration.instanceName }

    /// Claims and runs jobs until the task is cancelled.
    func run() async {
        await requeueOrphanedJobs()
        do {
            let removed = try await WorkspaceCleaner(workspace: configuration.workspace, jobs: jobs).clean()
            if !removed.isEmpty { logger.notice("Removed \(removed.count) job folders left behind in \(configuration.workspace.path).") }
        } catch {
            logger.error("Solve worker could not tidy the workspace: \(String(describing: error))")
        }
        await pool.claimLoop(pollInterval: configuration.pollInterval) {
            try await self.jobs.claimNext(instance: self.instance, lease: self.configuration.jobLease)
        } claimFailed: { error in
            self.logger.error("Solve worker could not claim a job: \(String(describing: error))")
        } run: { job in
            await self.run(job)
        }
    }

    /// A job left running in an SQLite file by a service that stopped cannot still be running:
    /// its lease is treated as run out, so it is queued again (or failed after its third try).
    /// With PostgreSQL another instance may be running it; its lease says when it is orphaned.
    private func requeueOrphanedJobs() async {
        guard configuration.database.isSQLite else { return }
        do {
            try await jobs.expireLeases(before: .distantFuture)
        } catch {
            logger.error("Solve worker could not tidy unfinished jobs: \(String(describing: error))")
        }
    }

    /// How a job the worker ran ended, for the solve-duration metric; nil when it was given back.
    private enum Outcome: String {
        case done, failed, cancelled
    }

    private func run(_ job: SolveJobRecord) async {
        let started = ContinuousClock.now
        logger.info("Instance \(instance) claimed solve job \(job.id) (attempt \(job.attempts)).")
        guard let outcome = await execute(job) else { return }
        let elapsed = ContinuousClock.now - started
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        Metrics.Timer(label: "amhp_solve_duration_seconds", dimensions: [("outcome", outcome.rawValue)])
            .recordNanoseconds(nanoseconds)
    }

    private func execute(_ job: SolveJobRecord) async -> Outcome? {
        let folder = configuration.workspace.appendingPathComponent(job.id.uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let parameters = job.parameters
            let hub = try await HubRepository(database: database).require()
            let ledger = try await TOILLedgerRepository(database: database).ledger(hubAMHPIDs: hub.amhpIDs)
            let solveHub = SolveInputs.hub(hub, ledger: ledger, month: job.month)
            let earlier = try await ChainedHub.earlierRotas(before: job.month, rotas: RotaRepository(database: database))
            var solve = RotaRunRequest(hubFolder: folder.appendingPathComponent("hub"), month: job.month,
                                       outFolder: folder.appendingPathComponent("out"),
                                       resultFile: folder.appendingPathComponent("result.json"),
                                       timeLimit: parameters.timeLimit, seed: parameters.seed, iterations: parameters.iterations)
            try? FileManager.default.removeItem(at: folder)
            try HubWriter.write(solveHub, to: solve.hubFolder)
            solve.previousRotas = try PreviousRotaFolder.write(earlier, hub: solveHub, to: folder.appendingPathComponent("previous"))
            try await JobStartingPoint.write(parameters, hub: solveHub, into: folder, request: &solve,
                                             rotas: RotaRepository(database: database))
            let child = try runner.start(solve.childRequest(workingDirectory: folder))
            _ = try? await jobs.reportProgress(id: job.id, progress: "Started the solver (up to \(Int(parameters.timeLimit)) s).",
                                               instance: instance)
            switch await watch(child, job: job) {
            case .exited(let exit):
                return try await finish(job, exit: exit, hub: solveHub, solve: solve)
            case .cancelled:
                return .cancelled
            case .lost, .stopping:
                return nil
            }
        } catch StorageError.jobLeaseLost {
            logger.warning("Solve job \(job.id) is no longer this instance's (\(instance)); nothing was saved.")
            return nil
        } catch {
            logger.error("Solve job \(job.id) failed: \(String(describing: error))")
            _ = try? await jobs.fail(id: job.id, error: Self.describe(error), instance: instance)
            return .failed
        }
    }

    /// How watching a child ended.
    private enum WatchEnd {
        /// The child ended by itself.
        case exited(ChildJobExit)
        /// The job was cancelled (on any instance); the child was stopped.
        case cancelled
        /// The lease is no longer this instance's; the child was stopped.
        case lost
        /// The service is stopping; the child was stopped and the job given back to the queue.
        case stopping
    }

    /// Reports progress and renews the lease until the child exits; stops it when the job is
    /// cancelled, its lease lost, or the service is stopping.
    private func watch(_ child: any ChildJob, job: SolveJobRecord) async -> WatchEnd {
        var reported: RotaProgress?
        var renewed = ContinuousClock.now
        let renewEvery = Duration.milliseconds(Int(configuration.jobLease * 1000 / 3))
        while true {
            if let exit = child.exit { return .exited(exit) }
            if Task.isCancelled {
                await child.stop()
                // Another instance (or this one, restarted) runs it again from the start.
                do {
                    try await jobs.releaseLease(id: job.id, instance: instance)
                } catch {
                    logger.warning("Solve job \(job.id) could not be given back to the queue: \(String(describing: error)); its lease runs out instead.")
                }
                return .stopping
            }
            do {
                if ContinuousClock.now - renewed >= renewEvery {
                    try await jobs.renewLease(id: job.id, instance: instance, lease: configuration.jobLease)
                    renewed = ContinuousClock.now
                }
                if let current = try await jobs.job(id: job.id), current.status == .cancelled {
                    await child.stop()
                    return .cancelled
                }
                if let progress = child.latestProgress, progress != reported {
                    reported = progress
                    try await jobs.reportProgress(id: job.id, progress: progress.text, detail: progress, instance: instance)
                }
            } catch StorageError.jobLeaseLost {
                await child.stop()
                // Cancelled meanwhile, or re-queued for another instance: either way nothing is saved.
                let cancelled = (try? await jobs.job(id: job.id))?.status == .cancelled
                logger.warning("Solve job \(job.id): instance \(instance) no longer holds it; its child was stopped.")
                return cancelled ? .cancelled : .lost
            } catch {
                // The database is unreachable for a moment; the lease allows for that.
                logger.warning("Solve job \(job.id): \(String(describing: error))")
            }
            try? await Task.sleep(for: .milliseconds(Int(min(configuration.pollInterval, 1) * 1000)))
        }
    }

    /// Saves the child's rota as a draft, or fails the job saying why: the exit status says how
    /// the child ended, and its result (`RotaRunResult`) what the solver and the checker made of
    /// the rota.
    private func finish(_ job: SolveJobRecord, exit: ChildJobExit, hub: Hub, solve: RotaRunRequest) async throws -> Outcome {
        if let failure = Self.failure(exit) {
            _ = try await jobs.fail(id: job.id, error: failure, instance: instance)
            return .failed
        }
        let result: RotaRunResult
        do {
            guard let data = exit.result else {
                throw RotaRunResult.ReadError(field: "file", problem: "was not written by the solver.")
            }
            result = try RotaRunResult.decode(data)
        } catch let error as RotaRunResult.ReadError {
            _ = try await jobs.fail(id: job.id, error: "The solver's result could not be read: \(error.description)", instance: instance)
            return .failed
        }
        guard result.month == job.month.description else {
            _ = try await jobs.fail(id: job.id, error: "The solver's result is for \(result.month), not \(job.month); nothing was saved.",
                                    instance: instance)
            return .failed
        }
        // The child's independent checker has passed the rota (it exits with status 3 otherwise).
        guard result.check.hardViolations == 0 else {
            _ = try await jobs.fail(id: job.id, error: "The checker found \(result.check.hardViolations) hard violation(s) in the solver's rota (a bug; please report it).",
                                    instance: instance)
            return .failed
        }
        let rota = try RotaFile.read(url: solve.outFolder.appendingPathComponent("rota.csv"), hub: hub, month: job.month)
        let reportJSON = try Self.reportJSON(job: job, result: result, solverOutput: exit.output)
        if let current = try await jobs.job(id: job.id), current.status == .cancelled { return .cancelled }
        // The draft and the job's end are one transaction, made only while the lease is still this
        // instance's: a job re-queued meanwhile (or cancelled) saves no draft.
        let instance = instance
        try await WriteTransaction.run(on: database) { transaction in
            // The pins the job kept stay with the draft it makes; a re-plan's draft names the rota it changes.
            let draft = try await RotaRepository(database: transaction)
                .saveDraft(rota, createdBy: job.requestedBy, objective: result.check.objective, report: reportJSON,
                           pins: job.parameters.pins, origin: JobStartingPoint.origin(of: job.parameters))
            _ = try await SolveJobRepository(database: transaction).finish(id: job.id, rotaID: draft.id, instance: instance)
        }
        return .done
    }

    /// Why a child that did not succeed failed, in words for the manager; nil when it succeeded.
    static func failure(_ exit: ChildJobExit) -> String? {
        guard !exit.wasSignalled else {
            return "The solver stopped unexpectedly (signal \(exit.code)). \(tail(exit.errors))"
        }
        switch exit.status {
        case .success:
            return nil
        case .inputError:
            return "The hub's data has problems: \(tail(exit.errors, lines: 20))"
        case .solverBug:
            return "The solver's rota broke a hard rule (a bug; please report it). \(tail(exit.output))"
        case .refused, nil:
            return "The solver failed (exit status \(exit.code)). \(tail(exit.errors))"
        }
    }

    /// The report kept with the draft: the job, the solver's own text report, and its result.
    static func reportJSON(job: SolveJobRecord, result: RotaRunResult, solverOutput: String) throws -> String {
        let report = solverOutput.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("[") && RotaProgress(line: $0) == nil }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let draft = DraftReport(jobID: job.id.uuidString, timeLimit: job.parameters.timeLimit, seed: job.parameters.seed,
                                solverReport: report, result: result)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(draft), as: UTF8.self)
    }

    private struct DraftReport: Encodable {
        let jobID: String
        let timeLimit: Double
        let seed: Int
        let solverReport: String
        let result: RotaRunResult

        enum CodingKeys: String, CodingKey {
            case jobID = "job_id", timeLimit = "time_limit", seed, solverReport = "solver_report", result
        }
    }

    static func tail(_ text: String, lines: Int = 8) -> String {
        text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let errors as InputErrors: "The hub's data has problems: \(errors.description)"
        case let storage as StorageError: storage.description
        default: "The job could not run: \(error)"
        }
    }
}

extension BackgroundTask {
    /// The solve and scenario workers, from boot until the service stops (their children are then
    /// stopped and their jobs given back to the queue). Both claim in this instance's name and share
    /// its child slots (`ChildPool`).
    static var solveWorkers: BackgroundTask {
        BackgroundTask { application in
            let worker = SolveWorker(app: application), scenarios = ScenarioWorker(app: application)
            async let solves: Void = worker.run()
            async let runs: Void = scenarios.run()
            _ = await (solves, runs)
        }
    }
}
