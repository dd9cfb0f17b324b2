import Foundation
import NIOConcurrencyHelpers
@testable import Service
import Workforce

/// A `ChildJobRunner` that runs no process: each job plays a script (progress, files written, an
/// ending), so the service's handling of children can be tested without the built `amhp`.
final class FakeChildJobRunner: ChildJobRunner {
    /// What one job does.
    struct Script: Sendable {
        /// Reported one after another, `step` apart.
        var progress: [RotaProgress] = []
        var step: Duration = .milliseconds(50)
        /// Runs until stopped (to test cancelling), then ends signalled.
        var runsUntilStopped = false
        /// Written, relative to the job's working directory, just before it ends.
        var files: [String: Data] = [:]
        var ending = ChildJobExit.Ending.exited(code: 0)
        var output = ""
        var errors = ""
        /// The result file's bytes (read back as the real runner does when the request names one).
        var result: Data?
    }

    private let script: @Sendable (ChildJobRequest) -> Script
    private let started = NIOLockedValueBox<[ChildJobRequest]>([])
    private let jobs = NIOLockedValueBox<[FakeChildJob]>([])

    init(_ script: @escaping @Sendable (ChildJobRequest) -> Script) {
        self.script = script
    }

    /// The requests started so far.
    var requests: [ChildJobRequest] { started.withLockedValue { $0 } }
    /// How many jobs were stopped.
    var stopped: Int { jobs.withLockedValue { $0.filter(\.wasStopped).count } }

    func start(_ request: ChildJobRequest) throws -> any ChildJob {
        started.withLockedValue { $0.append(request) }
        let job = FakeChildJob(request: request, script: script(request))
        jobs.withLockedValue { $0.append(job) }
        job.play()
        return job
    }
}

final class FakeChildJob: ChildJob {
    private struct State {
        var progress: RotaProgress?
        var exit: ChildJobExit?
        var stopped = false
    }

    private let request: ChildJobRequest
    private let script: FakeChildJobRunner.Script
    private let state = NIOLockedValueBox(State())

    init(request: ChildJobRequest, script: FakeChildJobRunner.Script) {
        self.request = request
        self.script = script
    }

    var wasStopped: Bool { state.withLockedValue { $0.stopped } }
    var latestProgress: RotaProgress? { state.withLockedValue { $0.progress } }
    var lastLine: String { script.output.split(separator: "\n").last.map(String.init) ?? "" }
    var exit: ChildJobExit? { state.withLockedValue { $0.exit } }

    func play() {
        Task { [self] in
            for progress in script.progress {
                try? await Task.sleep(for: script.step)
                if wasStopped { return }
                state.withLockedValue { $0.progress = progress }
            }
            if script.runsUntilStopped { return }
            try? await Task.sleep(for: script.step)
            for (name, data) in script.files {
                let url = request.workingDirectory.appendingPathComponent(name)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? data.write(to: url)
            }
            end(ChildJobExit(ending: script.ending, output: script.output, errors: script.errors, result: script.result))
        }
    }

    func stop(grace: Double) async {
        state.withLockedValue { $0.stopped = true }
        end(ChildJobExit(ending: .signalled(15), output: script.output, errors: script.errors))
    }

    private func end(_ exit: ChildJobExit) {
        state.withLockedValue { if $0.exit == nil { $0.exit = exit } }
    }
}
