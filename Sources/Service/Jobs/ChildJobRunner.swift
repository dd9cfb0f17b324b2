import Foundation
import Vapor
import Workforce

/// What a child job is asked to do: an `amhp` command line, the folder it runs in, and the file
/// its typed result is written to (`--result-json`), if it writes one.
struct ChildJobRequest: Sendable, Hashable {
    let arguments: [String]
    let workingDirectory: URL
    var resultFile: URL?
    /// Someone's page waits for the child (sufficiency, succession): it runs at the service's own
    /// priority, not the lower one background work (solve jobs, scenario runs) has (`ChildPriority`).
    var someoneWaits = false

    /// The command's name (`rota`, `scenario`, …), for messages.
    var command: String { arguments.first ?? "" }
}

/// How a child job ended: its exit status (`ExitStatus`) or the signal that killed it, its
/// standard output without the progress lines, its standard error, and its result file's bytes.
struct ChildJobExit: Sendable {
    enum Ending: Sendable, Hashable {
        /// Exited with this code (`ExitStatus(code:)` names amhp's).
        case exited(code: Int32)
        /// Killed by this signal.
        case signalled(Int32)
    }

    let ending: Ending
    let output: String
    let errors: String
    /// The result file as written (nil when the request named none, or the child wrote none).
    let result: Data?

    init(ending: Ending, output: String = "", errors: String = "", result: Data? = nil) {
        (self.ending, self.output, self.errors, self.result) = (ending, output, errors, result)
    }

    /// The status an amhp command ended with; nil when killed by a signal, or for a code no
    /// amhp command uses.
    var status: ExitStatus? {
        guard case .exited(let code) = ending else { return nil }
        return ExitStatus(code: code)
    }

    var wasSignalled: Bool {
        if case .signalled = ending { true } else { false }
    }

    /// The exit code or signal number, for messages.
    var code: Int32 {
        switch ending {
        case .exited(let code), .signalled(let code): code
        }
    }

    /// The most of a result file read back; a larger one is not a result.
    static let resultLimit = 4_000_000

    static func readResult(at url: URL) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: resultLimit + 1)
    }
}

/// One child job once started: where it has got to, and how it ended.
protocol ChildJob: Sendable {
    /// The latest progress the child reported (`--progress json`), if any.
    var latestProgress: RotaProgress? { get }
    /// The last line of standard output that is not progress.
    var lastLine: String { get }
    /// How it ended, once it has.
    var exit: ChildJobExit? { get }
    /// Asks the child to stop, then makes it if it has not after `grace` seconds.
    func stop(grace: Double) async
}

extension ChildJob {
    func stop() async { await stop(grace: 3) }

    /// Waits until the child has ended.
    func waitForExit(polling interval: Duration = .milliseconds(100)) async -> ChildJobExit {
        while true {
            if let exit { return exit }
            try? await Task.sleep(for: interval)
        }
    }
}

/// Starts child jobs: solve jobs (`amhp rota`), scenario runs (`amhp scenario`) and planning
/// commands (`amhp sufficiency`, `amhp succession`) all go through one, which the service takes
/// from `Application.childJobRunner`: the real one runs the `amhp` executable, and tests give a
/// fake that plays a script.
protocol ChildJobRunner: Sendable {
    func start(_ request: ChildJobRequest) throws -> any ChildJob
}

/// Runs each job as the `amhp` executable in a child process.
struct ProcessChildJobRunner: ChildJobRunner {
    let executable: URL
    var priority: ChildPriority = .default
    /// Holds background children back while the service is busy; nil never does.
    var throttle: BackgroundThrottle?

    func start(_ request: ChildJobRequest) throws -> any ChildJob {
        if let resultFile = request.resultFile { try? FileManager.default.removeItem(at: resultFile) }
        let child = request.someoneWaits
            ? ChildProcess(executable: executable, request: request, priority: .service)
            : ChildProcess(executable: executable, request: request, priority: priority, throttle: throttle)
        try child.start()
        return child
    }
}

extension Application {
    private struct ChildJobRunnerKey: StorageKey {
        typealias Value = any ChildJobRunner
    }

    /// How the service runs its child jobs: the `amhp` executable the configuration names unless
    /// another runner was set (tests set a fake).
    var childJobRunner: any ChildJobRunner {
        get { storage[ChildJobRunnerKey.self] ?? ProcessChildJobRunner(executable: plannerConfiguration.solverExecutable,
                                                             priority: plannerConfiguration.childPriority, throttle: backgroundThrottle) }
        set { storage[ChildJobRunnerKey.self] = newValue }
    }
}
