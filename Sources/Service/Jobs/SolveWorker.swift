import Fluent
import NIOConcurrencyHelpers
import Foundation
import RotaCheck
import Storage
import Vapor
import Workforce

/// Runs queued solve jobs, one at a time, each as `amhp rota` in a child process.
///
/// The worker claims a job (a write transaction, so two instances never run the same one), writes
/// the hub as the job should see it into the job's folder, runs the child, reports its progress,
/// stops it when the job is cancelled, and saves the rota it writes as a draft once the checker
/// has re-read it.
final class SolveWorker: Sendable {
    private let app: Application
    private let configuration: ServiceConfiguration

    init(app: Application) {
        self.app = app
        self.configuration = app.plannerConfiguration
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
            let parameters = SolveJobDTO(job).parameters
            let hub = try await HubRepository(database: database).require()
            let ledger = try await TOILLedgerRepository(database: database).ledger(hubAMHPIDs: hub.amhpIDs)
            let solveHub = SolveInputs.hub(hub, ledger: ledger, month: job.month)
            let hubFolder = folder.appendingPathComponent("hub"), outFolder = folder.appendingPathComponent("out")
            try? FileManager.default.removeItem(at: folder)
            try HubWriter.write(solveHub, to: hubFolder)
            let child = ChildProcess(
                executable: configuration.solverExecutable,
                arguments: ["rota", "--hub", hubFolder.path, "--month", "\(job.month)", "--out", outFolder.path,
                            "--time-limit", String(parameters.timeLimit), "--seed", String(parameters.seed), "--verbose"],
                workingDirectory: folder)
            try child.start()
            _ = try? await jobs.reportProgress(id: job.id, progress: "Started the solver (up to \(Int(parameters.timeLimit)) s).")
            let exit = await watch(child, job: job)
            guard let exit else { return }   // cancelled, or the service is stopping
            try await finish(job, exit: exit, hub: solveHub, outFolder: outFolder, parameters: parameters)
            try? FileManager.default.removeItem(at: folder)
        } catch {
            logger.error("Solve job \(job.id) failed: \(String(describing: error))")
            _ = try? await jobs.fail(id: job.id, error: Self.describe(error))
        }
    }

    /// Reports progress until the child exits; stops it and returns nil when the job is cancelled
    /// or the service is stopping.
    private func watch(_ child: ChildProcess, job: SolveJobRecord) async -> ChildProcess.Exit? {
        var reported = ""
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
            let line = child.lastLine
            if !line.isEmpty && line != reported {
                reported = line
                _ = try? await jobs.reportProgress(id: job.id, progress: line)
            }
            try? await Task.sleep(for: .milliseconds(Int(min(configuration.pollInterval, 1) * 1000)))
        }
    }

    private func finish(_ job: SolveJobRecord, exit: ChildProcess.Exit, hub: Hub, outFolder: URL,
                        parameters: SolveParametersDTO) async throws {
        guard !exit.wasSignalled else {
            _ = try await jobs.fail(id: job.id, error: "The solver stopped unexpectedly (signal \(exit.status)). \(Self.tail(exit.errors))")
            return
        }
        switch ExitStatus(code: exit.status) {
        case .success:
            let rota = try RotaFile.read(url: outFolder.appendingPathComponent("rota.csv"), hub: hub, month: job.month)
            let report = RotaChecker(hub: hub, month: job.month).check(rota)
            guard report.hardViolations.isEmpty else {
                _ = try await jobs.fail(id: job.id, error: "The checker found a hard violation in the solver's rota: \(report.hardViolations[0].message)")
                return
            }
            let reportJSON = try Self.reportJSON(job: job, parameters: parameters, solverOutput: exit.output)
            if let current = try await jobs.job(id: job.id), current.status == .cancelled { return }
            let draft = try await RotaRepository(database: database)
                .saveDraft(rota, createdBy: job.requestedBy, objective: report.objective, report: reportJSON)
            _ = try await jobs.finish(id: job.id, rotaID: draft.id)
        case .inputError:
            _ = try await jobs.fail(id: job.id, error: "The hub's data has problems: \(Self.tail(exit.errors, lines: 20))")
        case .solverBug:
            _ = try await jobs.fail(id: job.id, error: "The solver's rota broke a hard rule (a bug; please report it). \(Self.tail(exit.output))")
        case .refused, nil:
            _ = try await jobs.fail(id: job.id, error: "The solver failed (exit status \(exit.status)). \(Self.tail(exit.errors))")
        }
    }

    /// The report kept with the draft: the job and the solver's own text report.
    static func reportJSON(job: SolveJobRecord, parameters: SolveParametersDTO, solverOutput: String) throws -> String {
        let report = solverOutput.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("[") }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let object: [String: Any] = ["job_id": job.id.uuidString, "time_limit": parameters.timeLimit, "seed": parameters.seed,
                                     "solver_report": report]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
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
