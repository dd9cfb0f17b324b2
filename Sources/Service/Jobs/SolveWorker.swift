import Fluent
import NIOConcurrencyHelpers
import Foundation
import Storage
import Vapor
import Workforce

/// Runs queued solve jobs, one at a time, each as `amhp rota` in a child process (through the
/// application's `ChildJobRunner`).
///
/// The worker claims a job (a write transaction, so two instances never run the same one), writes
/// the hub as the job should see it and the earlier months' rotas (`ChainedHub`) into the job's
/// folder, runs the child, reports its progress
/// (`--progress json`), stops it when the job is cancelled, and saves the rota it writes as a
/// draft when its result (`--result-json`) says the independent checker passed it.
final class SolveWorker: Sendable {
    private let app: Application
    private let configuration: ServiceConfiguration
    private let runner: any ChildJobRunner

    init(app: Application) {
        self.app = app
        self.configuration = app.plannerConfiguration
        self.runner = app.childJobRunner
    }

    private var database: any Database { app.db }
    private var jobs: SolveJobRepository { SolveJobRepository(database: database) }
    private var logger: Logger { app.logger }

    /// Claims and runs jobs until the task is cancelled.
    func run() async {
        await failOrphanedJobs()
        do {
            let removed = try await WorkspaceCleaner(workspace: configuration.workspace, jobs: jobs).clean()
            if !removed.isEmpty { logger.notice("Removed \(removed.count) job folders left behind in \(configuration.workspace.path).") }
        } catch {
            logger.error("Solve worker could not tidy the workspace: \(String(describing: error))")
        }
        while !Task.isCancelled {
            do {
                if let job = try await jobs.claimNext() {
                    await run(job)
                    continue
                }
            } catch {
                logger.error("Solve worker could not claim a job: \(String(describing: error))")
            }
            try? await Task.sleep(for: .milliseconds(Int(configuration.pollInterval * 1000)))
        }
    }

    /// A job left running by an SQLite service that stopped cannot still be running: fail it so the
    /// manager can start it again. (With PostgreSQL another instance may be running it, so it stays.)
    private func failOrphanedJobs() async {
        guard configuration.database.isSQLite else { return }
        do {
            for job in try await jobs.unfinished() where job.status == .running {
                _ = try await jobs.fail(id: job.id, error: "The service stopped while this job was running; start it again.")
            }
        } catch {
            logger.error("Solve worker could not tidy unfinished jobs: \(String(describing: error))")
        }
    }

    private func run(_ job: SolveJobRecord) async {
        let folder = configuration.workspace.appendingPathComponent(job.id.uuidString)
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
            _ = try? await jobs.reportProgress(id: job.id, progress: "Started the solver (up to \(Int(parameters.timeLimit)) s).")
            let exit = await watch(child, job: job)
            guard let exit else { return }   // cancelled, or the service is stopping
            try await finish(job, exit: exit, hub: solveHub, solve: solve)
            try? FileManager.default.removeItem(at: folder)
        } catch {
            logger.error("Solve job \(job.id) failed: \(String(describing: error))")
            _ = try? await jobs.fail(id: job.id, error: Self.describe(error))
        }
    }

    /// Reports progress until the child exits; stops it and returns nil when the job is cancelled
    /// or the service is stopping.
    private func watch(_ child: any ChildJob, job: SolveJobRecord) async -> ChildJobExit? {
        var reported: RotaProgress?
        while true {
            if let exit = child.exit { return exit }
            if Task.isCancelled {
                await child.stop()
                _ = try? await jobs.fail(id: job.id, error: "The service stopped while this job was running; start it again.")
                return nil
            }
            if let current = try? await jobs.job(id: job.id), current.status == .cancelled {
                await child.stop()
                return nil
            }
            if let progress = child.latestProgress, progress != reported {
                reported = progress
                _ = try? await jobs.reportProgress(id: job.id, progress: progress.text, detail: progress)
            }
            try? await Task.sleep(for: .milliseconds(Int(min(configuration.pollInterval, 1) * 1000)))
        }
    }

    /// Saves the child's rota as a draft, or fails the job saying why: the exit status says how
    /// the child ended, and its result (`RotaRunResult`) what the solver and the checker made of
    /// the rota.
    private func finish(_ job: SolveJobRecord, exit: ChildJobExit, hub: Hub, solve: RotaRunRequest) async throws {
        if let failure = Self.failure(exit) {
            _ = try await jobs.fail(id: job.id, error: failure)
            return
        }
        let result: RotaRunResult
        do {
            guard let data = exit.result else {
                throw RotaRunResult.ReadError(field: "file", problem: "was not written by the solver.")
            }
            result = try RotaRunResult.decode(data)
        } catch let error as RotaRunResult.ReadError {
            _ = try await jobs.fail(id: job.id, error: "The solver's result could not be read: \(error.description)")
            return
        }
        guard result.month == job.month.description else {
            _ = try await jobs.fail(id: job.id, error: "The solver's result is for \(result.month), not \(job.month); nothing was saved.")
            return
        }
        // The child's independent checker has passed the rota (it exits with status 3 otherwise).
        guard result.check.hardViolations == 0 else {
            _ = try await jobs.fail(id: job.id, error: "The checker found \(result.check.hardViolations) hard violation(s) in the solver's rota (a bug; please report it).")
            return
        }
        let rota = try RotaFile.read(url: solve.outFolder.appendingPathComponent("rota.csv"), hub: hub, month: job.month)
        let reportJSON = try Self.reportJSON(job: job, result: result, solverOutput: exit.output)
        if let current = try await jobs.job(id: job.id), current.status == .cancelled { return }
        // The pins the job kept stay with the draft it makes; a re-plan's draft names the rota it changes.
        let draft = try await RotaRepository(database: database)
            .saveDraft(rota, createdBy: job.requestedBy, objective: result.check.objective, report: reportJSON,
                       pins: job.parameters.pins, origin: JobStartingPoint.origin(of: job.parameters))
        _ = try await jobs.finish(id: job.id, rotaID: draft.id)
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

/// Starts the worker when the service boots and stops it (and its child) when the service stops.
final class SolveWorkerLifecycle: LifecycleHandler, Sendable {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    // The synchronous hook, which both `app.execute()` and the test harness's `boot()` call.
    func didBoot(_ application: Application) throws {
        let worker = SolveWorker(app: application)
        task.withLockedValue { $0 = Task { await worker.run() } }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLockedValue { task -> Task<Void, Never>? in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }
}
