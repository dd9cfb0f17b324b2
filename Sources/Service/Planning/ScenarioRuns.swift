import Foundation
import Logging
import Planning

/// The scenario runs of this service instance, kept in memory with their files under `root`.
///
/// A run is several time-limited rota solves (`amhp scenario`, through the `ChildJobRunner`), minutes of work for both cores of
/// a small server, so runs go one at a time: the rest wait in order. Finished runs are kept until
/// there are more than `retention`, then the oldest are forgotten and their files removed.
/// Runs are per instance: they are lost when it stops, and another instance does not see them.
actor ScenarioRuns {
    private let root: URL
    private let runner: any ChildJobRunner
    private let logger: Logger
    private let retention: Int
    private var runs: [UUID: ScenarioRun] = [:]
    /// Every run's id, oldest first.
    private var order: [UUID] = []
    private var queue: [UUID] = []
    private var current: (id: UUID, child: any ChildJob)?
    private var stopped = false

    init(root: URL, runner: any ChildJobRunner, logger: Logger, retention: Int = 50) {
        self.root = root
        self.runner = runner
        self.logger = logger
        self.retention = retention
    }

    /// Writes the run's inputs now (so later edits to the hub do not change it) and starts it,
    /// or queues it behind the one running.
    func submit(_ request: ScenarioRunRequest, inputs: PlanningInputs, by username: String) throws -> ScenarioRun {
        guard !stopped else { throw PlanningCommandFailure.failed(command: "scenario", detail: "the service is stopping.") }
        let id = UUID()
        let run = ScenarioRun(id: id, request: request, requestedBy: username, requestedAt: Date(),
                              folder: root.appendingPathComponent(id.uuidString))
        try inputs.write(to: run.hubFolder)
        for (url, item) in zip(run.scenarioFiles, request.scenarios) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(item.text.utf8).write(to: url, options: .atomic)
        }
        runs[id] = run
        order.append(id)
        queue.append(id)
        forgetOldRuns()
        startNext()
        return runs[id] ?? run
    }

    func run(_ id: UUID) -> ScenarioRun? { runs[id] }

    /// Every run, newest first.
    func all() -> [ScenarioRun] { order.reversed().compactMap { runs[$0] } }

    /// Cancels a queued run, or stops a running one's child; a finished run is left as it is.
    func cancel(_ id: UUID) async -> ScenarioRun? {
        guard let run = runs[id] else { return nil }
        guard !run.isFinished else { return run }
        queue.removeAll { $0 == id }
        finish(id, status: .cancelled, error: nil)
        if let current, current.id == id { await current.child.stop() }
        return runs[id]
    }

    /// Stops the running child and drops the queue, as the service stops.
    func stopAll() async {
        stopped = true
        for id in queue { finish(id, status: .cancelled, error: "The service stopped before this run started; start it again.") }
        queue = []
        if let current {
            finish(current.id, status: .failed, error: "The service stopped while this run was going; start it again.")
            await current.child.stop()
        }
    }

    private func startNext() {
        guard current == nil, !stopped, !queue.isEmpty else { return }
        let id = queue.removeFirst()
        guard var run = runs[id], run.status == .queued else { return startNext() }
        let child: any ChildJob
        do {
            child = try runner.start(ChildJobRequest(arguments: run.arguments, workingDirectory: run.folder))
        } catch {
            finish(id, status: .failed, error: "amhp scenario could not be started: \(error)")
            return startNext()
        }
        run.status = .running
        run.startedAt = Date()
        runs[id] = run
        current = (id, child)
        // The solver keeps to its time limits; this only catches a child that hangs. The task runs
        // on this actor, sleeping between looks at the child.
        let limit = run.expectedSeconds * 1.5 + 120
        Task {
            let deadline = ContinuousClock.now + .seconds(limit)
            while child.exit == nil && ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(200))
            }
            if child.exit == nil {
                self.finish(id, status: .failed, error: "amhp scenario took more than \(Int(limit)) s and was stopped.")
                await child.stop()
            }
            self.childExited(id, exit: await child.waitForExit())
        }
    }

    private func childExited(_ id: UUID, exit: ChildJobExit) {
        if current?.id == id { current = nil }
        defer { startNext() }
        // A run cancelled, timed out or stopped meanwhile keeps what it was given.
        guard let run = runs[id], run.status == .running else { return }
        if let failure = PlanningCommandFailure(exit, command: "scenario") {
            logger.warning("Scenario run \(id) failed: \(failure.reason)")
            return finish(id, status: .failed, error: failure.reason)
        }
        do {
            let result = PlanningResult(folder: run.outFolder)
            let summary = try result.summary(ScenarioSummary.self, file: ScenarioSummary.fileName)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: run.outFolder.path)) ?? []
            // scenarios.csv (the side-by-side table) first, then each hub's coverage and rota.
            let tables = names.filter { $0.hasSuffix(".csv") && $0 != "scenarios.csv" }.sorted()
            let files = (names.contains("scenarios.csv") ? ["scenarios.csv"] : []) + tables
            var done = run
            done.result = summary
            done.files = files
            runs[id] = done
            finish(id, status: .done, error: nil)
        } catch {
            logger.error("Scenario run \(id) could not read its results: \(String(describing: error))")
            finish(id, status: .failed, error: ServiceFailure(error).message)
        }
    }

    private func finish(_ id: UUID, status: ScenarioRun.Status, error: String?) {
        guard var run = runs[id], !run.isFinished else { return }
        run.status = status
        run.error = error
        run.finishedAt = Date()
        runs[id] = run
        // The inputs are no longer needed; the results stay for the lead to read and download.
        try? FileManager.default.removeItem(at: run.hubFolder)
    }

    private func forgetOldRuns() {
        while order.count > retention, let oldest = order.first(where: { runs[$0]?.isFinished ?? true }) {
            order.removeAll { $0 == oldest }
            if let run = runs.removeValue(forKey: oldest) { try? FileManager.default.removeItem(at: run.folder) }
        }
    }
}
