import Foundation
import Planning
import Vapor

/// A scenario file of the planning folder's library, or a scenario checked on its own.
struct ScenarioFileDTO: Content {
    let file: String
    /// Its `name:`, or empty when the file has problems.
    let name: String
    let description: String
    let yaml: String
    /// What is wrong with it, each with the key at fault and the fix; empty when it reads cleanly.
    let problems: [Problem]

    init(_ entry: ScenarioLibrary.Entry) {
        (file, name, description, yaml, problems) = (entry.file, entry.scenario?.name ?? "", entry.scenario?.description ?? "",
                                                     entry.text, entry.problems)
    }

    init(file: String, scenario: Scenario, yaml: String) {
        (self.file, name, description, self.yaml, problems) = (file, scenario.name, scenario.description, yaml, [])
    }
}

/// A new scenario run: the month, scenarios from the library by file name and/or as YAML, and the
/// time limit for each solve and the seed.
struct NewScenarioRunDTO: Content {
    let month: String?
    let files: [String]?
    let scenarios: [String]?
    let timeLimit: Double?
    let seed: Int?
    /// Solves of each hub, the best kept (1 to 10; default 1).
    let seeds: Int?
}

/// A scenario run as the API shows it; `result` holds the side-by-side comparison once done.
struct ScenarioRunDTO: Content {
    let id: UUID
    let month: String
    let status: String
    let progress: String
    let requestedBy: String
    let requestedAt: Date
    let startedAt: Date?
    let finishedAt: Date?
    let timeLimit: Double
    let seed: Int
    let seeds: Int
    /// The scenarios' names, in the order of the comparison's columns after the baseline.
    let scenarios: [String]
    let error: String?
    let result: ScenarioSummary?
    /// The CSV files to download from `/api/scenario-runs/{id}/files/{file}`, once done.
    let files: [String]
    /// Claims by worker instances so far, and the instance that last claimed it.
    let attempts: Int
    let ranBy: String?

    init(_ run: ScenarioRun) {
        id = run.id
        month = run.request.month.description
        status = run.status.rawValue
        progress = run.progress()
        requestedBy = run.requestedBy
        requestedAt = run.requestedAt
        startedAt = run.startedAt
        finishedAt = run.finishedAt
        timeLimit = run.request.timeLimit
        seed = run.request.seed
        seeds = run.request.seeds
        scenarios = run.request.scenarios.map(\.name)
        error = run.error
        result = run.result
        files = run.files
        (attempts, ranBy) = (run.attempts, run.ranBy)
    }
}
