import Fluent
import Foundation
import Planning
import Storage

/// The scenario runs of the hub, as the API and pages see them: kept in the database
/// (`ScenarioRunRepository`), run by whichever worker instance claims them (`ScenarioWorker`),
/// so any instance behind the address shows, cancels and downloads any run.
struct ScenarioRuns: Sendable {
    let database: any Database

    private var repository: ScenarioRunRepository { ScenarioRunRepository(database: database) }

    /// Stores the run with its inputs as they are now (so later edits to the hub do not change it),
    /// queued for a worker; an identical request (same scenarios, month, limits and inputs) while
    /// one is queued or running returns that run instead (`isShared`).
    func submit(_ request: ScenarioRunRequest, inputs: PlanningInputs, by username: String) async throws -> (run: ScenarioRun, isShared: Bool) {
        let requestJSON = request.json
        let key = inputs.key(["scenario", requestJSON])
        let stored = try await repository.submitUnlessUnfinished(month: request.month, requestJSON: requestJSON, inputsJSON: inputs.json,
                                                                 key: key, by: username)
        return (try ScenarioRun(stored.run, files: []), stored.isShared)
    }

    func run(_ id: UUID) async throws -> ScenarioRun? {
        guard let record = try await repository.run(id: id) else { return nil }
        return try ScenarioRun(record, files: record.status == .done ? try await repository.fileNames(runID: id) : [])
    }

    /// The latest runs, newest first.
    func all() async throws -> [ScenarioRun] {
        var runs: [ScenarioRun] = []
        for record in try await repository.runs(limit: 50) {
            runs.append(try ScenarioRun(record, files: record.status == .done ? try await repository.fileNames(runID: record.id) : []))
        }
        return runs
    }

    /// Cancels a queued or running run (its worker, on whichever instance, stops the child when it
    /// next looks); a finished run is left as it is.
    func cancel(_ id: UUID, by username: String) async throws -> ScenarioRun? {
        _ = try await repository.cancel(id: id, by: username)
        return try await run(id)
    }

    /// One of a finished run's CSV files.
    func file(_ id: UUID, name: String) async throws -> String? {
        try await repository.file(runID: id, name: name)?.text
    }
}
