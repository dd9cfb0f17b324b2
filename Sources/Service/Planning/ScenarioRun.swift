import Foundation
import Planning
import Workforce

/// One what-if run: the baseline and the chosen scenarios planned for a month by `amhp scenario`
/// in a child process, and what came of it.
struct ScenarioRun: Sendable {
    enum Status: String, Sendable, Codable, CaseIterable {
        case queued, running, done, failed, cancelled
    }

    let id: UUID
    let request: ScenarioRunRequest
    let requestedBy: String
    let requestedAt: Date
    /// Where its inputs and results are.
    let folder: URL
    var status = Status.queued
    var startedAt: Date?
    var finishedAt: Date?
    var error: String?
    /// The side-by-side comparison, once done.
    var result: ScenarioSummary?
    /// The CSV files the command wrote, once done.
    var files: [String] = []

    var hubFolder: URL { folder.appendingPathComponent("hub") }
    var scenarioFolder: URL { folder.appendingPathComponent("scenarios") }
    var outFolder: URL { folder.appendingPathComponent("out") }

    var isFinished: Bool { status == .done || status == .failed || status == .cancelled }

    /// The scenario files as the command is given them: one folder each, so their names stay as
    /// the lead knows them in the command's messages.
    var scenarioFiles: [URL] {
        request.scenarios.enumerated().map { index, item in
            scenarioFolder.appendingPathComponent(String(index + 1)).appendingPathComponent(item.fileName)
        }
    }

    var arguments: [String] {
        ["scenario", "--hub", hubFolder.path, "--month", request.month.description, "--time-limit", String(request.timeLimit),
         "--seed", String(request.seed), "--out", outFolder.path] + scenarioFiles.map(\.path)
    }

    /// The most the run should take: each solve's limit, plus a margin for reading and checking.
    var expectedSeconds: Double { Double(request.scenarios.count + 1) * request.timeLimit }

    /// Where it has got to, in words.
    func progress(now: Date = Date()) -> String {
        let solves = request.scenarios.count + 1
        switch status {
        case .queued:
            return "Waiting for the run before it to finish."
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
