import Foundation
import NIOConcurrencyHelpers
import Workforce

/// A child process whose output is read as it comes: its progress (JSON lines, `RotaProgress`),
/// the rest of standard output (its report) and all of standard error (its reasons for failing).
///
/// The solver runs in a child so that GLPK, which aborts its process on misuse, and a slow solve
/// can never take the server down or hold up its threads. `ProcessChildJobRunner` starts these.
final class ChildProcess: ChildJob {
    private struct State {
        /// Standard output not yet split into lines (the last line, still coming).
        var pending = Data()
        /// Complete lines of standard output that are not progress.
        var text: [String] = []
        var latestProgress: RotaProgress?
        var progressCount = 0
        var errors = Data()
        var exit: ChildJobExit?
        /// The child's key in the throttle while it holds it back when the service is busy.
        var throttleKey: Int?
        /// The child's process id once started. Read with `exit` under the same lock, so that no
        /// signal is sent after the child has been reaped and its id could belong to another process.
        var pid: pid_t?
    }

    /// The most of standard output and error kept; a child that writes more keeps its last part.
    static let outputLimit = 4_000_000

    private let launch: (executable: URL, arguments: [String])
    private let workingDirectory: URL
    private let resultFile: URL?
    private let throttle: BackgroundThrottle?
    private let state = NIOLockedValueBox(State())

    /// The child is told this process's id (`AMHP_PARENT_PID`), so that `amhp rota` stops when the
    /// service is killed rather than solving on for nobody. A `throttle` holds it back while the
    /// service is busy answering requests.
    init(executable: URL, request: ChildJobRequest, priority: ChildPriority = .default, throttle: BackgroundThrottle? = nil) {
        self.launch = priority.launch(executable, arguments: request.arguments)
        self.workingDirectory = request.workingDirectory
        self.resultFile = request.resultFile
        self.throttle = throttle
    }

    func start() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["AMHP_PARENT_PID"] = String(getpid())
        let child = try SpawnedChild.spawn(executable: launch.executable.path, arguments: launch.arguments,
                                           environment: environment, workingDirectory: workingDirectory.path)
        state.withLockedValue { $0.pid = child.pid }
        child.monitor(
            output: { [state] data in state.withLockedValue { Self.take(data, into: &$0) } },
            errors: { [state] data in state.withLockedValue { $0.errors = Self.capped($0.errors + data) } },
            ending: { [state, resultFile, throttle] ending in
                let result = resultFile.flatMap { ChildJobExit.readResult(at: $0) }
                state.withLockedValue { state in
                    // A last line without its newline is a line too.
                    if !state.pending.isEmpty { Self.take(Data("\n".utf8), into: &state) }
                    state.exit = ChildJobExit(ending: ending, output: state.text.joined(separator: "\n"),
                                              errors: String(decoding: state.errors, as: UTF8.self), result: result)
                    Self.leaveThrottle(throttle, &state)
                }
            })
        if let throttle {
            // Under the state's lock, so a child that has ended already is never held.
            state.withLockedValue { state in
                if state.exit == nil { state.throttleKey = throttle.hold(child.pid) }
            }
        }
    }

    /// Lets the child run freely from now on (called under the state's lock).
    private static func leaveThrottle(_ throttle: BackgroundThrottle?, _ state: inout State) {
        if let key = state.throttleKey { throttle?.release(key) }
        state.throttleKey = nil
    }

    /// Splits what came into lines: a progress line is kept as the latest progress, any other
    /// line as text.
    private static func take(_ data: Data, into state: inout State) {
        state.pending.append(data)
        while let newline = state.pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: state.pending[state.pending.startIndex..<newline], as: UTF8.self)
            state.pending = Data(state.pending[state.pending.index(after: newline)...])
            if let progress = RotaProgress(line: line) {
                state.latestProgress = progress
                state.progressCount += 1
            } else {
                state.text.append(line)
                if state.text.count > 20_000 { state.text.removeFirst(state.text.count - 20_000) }
            }
        }
        if state.pending.count > outputLimit { state.pending = Data(state.pending.suffix(outputLimit)) }
    }

    private static func capped(_ data: Data) -> Data {
        data.count > outputLimit ? Data(data.suffix(outputLimit)) : data
    }

    var latestProgress: RotaProgress? { state.withLockedValue { $0.latestProgress } }

    var lastLine: String {
        state.withLockedValue { state in state.text.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "" }
    }

    var exit: ChildJobExit? { state.withLockedValue { $0.exit } }

    /// Asks the child to stop (SIGTERM), then makes it (SIGKILL) if it has not after `grace` seconds.
    func stop(grace: Double) async {
        // A stopped child would not act on SIGTERM until continued.
        guard signal(SIGTERM, leavingThrottle: true) else { return }
        let deadline = ContinuousClock.now + .milliseconds(Int(grace * 1000))
        while exit == nil && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        _ = signal(SIGKILL, leavingThrottle: false)
    }

    /// Sends `signal` if the child has started and not ended (its `exit` is set before it is
    /// reaped, under the same lock); says whether it was sent.
    private func signal(_ signal: Int32, leavingThrottle: Bool) -> Bool {
        state.withLockedValue { [throttle] state in
            guard let pid = state.pid, state.exit == nil else { return false }
            if leavingThrottle { Self.leaveThrottle(throttle, &state) }
            return kill(pid, signal) == 0
        }
    }
}
