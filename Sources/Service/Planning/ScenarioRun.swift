import Foundation
import Planning
import Storage
import Workforce

/// One what-if run: the baseline and the chosen scenarios planned for a month by `amhp scenario`
/// in a child process on a worker instance, and what came of it. Kept in the database
/// (`ScenarioRunRepository`), so any instance shows it.
struct ScenarioRun: Sendable {
    enum Status: String, Sendable, Codable, CaseIterable {
        case queued, running, done, failed, cancelled
    }

    let id: UUID
    let request: ScenarioRunRequest
    let requestedBy: String
    let requestedAt: Date
    var status = Status.queued
    var startedAt: Date?
    var finishedAt: Date?
    var error: String?
    /// The side-by-side comparison, once done.
    var result: ScenarioSummary?
    /// The CSV files the command wrote, once done.
    var files: [String] = []
    /// Claims by worker instances so far, and the instance that last claimed it.
    var attempts = 0
    var ranBy: String?

    var isFinished: Bool { status == .done || status == .failed || status == .cancelled }

    /// The run as stored, its request and comparison read back (refused, naming the field, when
    /// they do not read: the database was changed outside AMHP Planner).
    init(_ record: ScenarioRunRecord, files: [String]) throws {
        id = record.id
        request = try ScenarioRunRequest.decode(record.requestJSON)
        (requestedBy, requestedAt, startedAt, finishedAt) = (record.requestedBy, record.requestedAt, record.startedAt, record.finishedAt)
        status = Status(rawValue: record.status.rawValue) ?? .failed
        (error, attempts, ranBy) = (record.error, record.attempts, record.ranBy)
        if let resultJSON = record.resultJSON {
            do {
                result = try PlanningJSON.decode(ScenarioSummary.self, from: Data(resultJSON.utf8))
            } catch {
                throw StorageError.unreadableValue(table: "scenario_runs", field: "result", value: String(resultJSON.prefix(200)))
            }
        }
        self.files = files
    }

    /// The most the run should take: each solve's limit, plus a margin for reading and checking.
    var expectedSeconds: Double { Double((request.scenarios.count + 1) * request.seeds) * request.timeLimit }

    /// Where it has got to, in words.
    func progress(now: Date = Date()) -> String {
        let solves = request.scenarios.count + 1
        switch status {
        case .queued:
            return attempts > 0
                ? "Waiting to start again: the instance running it (\(ranBy ?? "unknown")) stopped."
                : "Waiting for a worker to start it (runs before it go first)."
        case .running:
            let elapsed = Int(now.timeIntervalSince(startedAt ?? now))
            return "Planning the baseline and \(solves - 1) scenario\(solves == 2 ? "" : "s"), up to \(Int(request.timeLimit)) s each: \(elapsed) s of about \(Int(expectedSeconds)) s so far."
        case .done:
            let seconds = Int((finishedAt ?? now).timeIntervalSince(startedAt ?? now))
            return "Done in \(seconds) s."
        case .failed:
            return "Failed."
        case .cancelled:
            return "Cancelled."
        }
    }
}

/// Where a worker lays out one run's inputs and results, and the command it runs.
struct ScenarioRunFolder: Sendable {
    let folder: URL
    let request: ScenarioRunRequest

    var hubFolder: URL { folder.appendingPathComponent("hub") }
    var scenarioFolder: URL { folder.appendingPathComponent("scenarios") }
    var outFolder: URL { folder.appendingPathComponent("out") }

    /// The scenario files as the command is given them: one folder each, so their names stay as
    /// the lead knows them in the command's messages.
    var scenarioFiles: [URL] {
        request.scenarios.enumerated().map { index, item in
            scenarioFolder.appendingPathComponent(String(index + 1)).appendingPathComponent(item.fileName)
        }
    }

    var arguments: [String] {
        ["scenario", "--hub", hubFolder.path, "--month", request.month.description, "--time-limit", String(request.timeLimit),
         "--seed", String(request.seed), "--seeds", String(request.seeds), "--out", outFolder.path] + scenarioFiles.map(\.path)
    }

    /// Writes the inputs as they were submitted and the scenario files.
    func write(inputs: PlanningInputs) throws {
        try? FileManager.default.removeItem(at: folder)
        try inputs.write(to: hubFolder)
        for (url, item) in zip(scenarioFiles, request.scenarios) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(item.text.utf8).write(to: url, options: .atomic)
        }
    }
}
