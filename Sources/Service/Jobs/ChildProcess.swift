import Foundation
import NIOConcurrencyHelpers

/// A child process whose output is read as it comes: the latest line of standard output (the
/// solver's progress) and all of standard error (its reasons for failing).
///
/// The solver runs in a child so that GLPK, which aborts its process on misuse, and a slow solve
/// can never take the server down or hold up its threads.
final class ChildProcess: Sendable {
    struct Exit: Sendable {
        let status: Int32
        /// Killed by a signal rather than exiting.
        let wasSignalled: Bool
        let output: String
        let errors: String
    }

    private struct State {
        var output = Data()
        var errors = Data()
        var exit: Exit?
    }

    private let process: UncheckedProcess
    private let state = NIOLockedValueBox(State())

    /// The child is told this process's id (`AMHP_PARENT_PID`), so that `amhp rota` stops when the
    /// service is killed rather than solving on for nobody.
    init(executable: URL, arguments: [String], workingDirectory: URL) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["AMHP_PARENT_PID"] = String(getpid())
        process.environment = environment
        self.process = UncheckedProcess(process)
    }

    func start() throws {
        let output = Pipe(), errors = Pipe()
        let process = process.value
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [state] handle in
            let data = handle.availableData
            state.withLockedValue { $0.output.append(data) }
        }
        errors.fileHandleForReading.readabilityHandler = { [state] handle in
            let data = handle.availableData
            state.withLockedValue { $0.errors.append(data) }
        }
        process.terminationHandler = { [state] finished in
            output.fileHandleForReading.readabilityHandler = nil
            errors.fileHandleForReading.readabilityHandler = nil
            let restOut = (try? output.fileHandleForReading.readToEnd()) ?? Data()
            let restErr = (try? errors.fileHandleForReading.readToEnd()) ?? Data()
            state.withLockedValue { state in
                state.output.append(restOut)
                state.errors.append(restErr)
                state.exit = Exit(status: finished.terminationStatus, wasSignalled: finished.terminationReason == .uncaughtSignal,
                                  output: String(decoding: state.output, as: UTF8.self),
                                  errors: String(decoding: state.errors, as: UTF8.self))
            }
        }
        try process.run()
    }

    /// The last complete line of standard output so far.
    var lastLine: String {
        state.withLockedValue { state in
            let text = String(decoding: state.output, as: UTF8.self)
            return text.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        }
    }

    /// How the child ended, once it has.
    var exit: Exit? { state.withLockedValue { $0.exit } }

    /// Asks the child to stop (SIGTERM), then makes it (SIGKILL) if it has not after `grace` seconds.
    func stop(grace: Double = 3) async {
        guard exit == nil else { return }
        process.value.terminate()
        let deadline = ContinuousClock.now + .milliseconds(Int(grace * 1000))
        while exit == nil && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if exit == nil { kill(process.value.processIdentifier, SIGKILL) }
    }

    /// Waits until the child has ended.
    func waitForExit(polling interval: Duration = .milliseconds(100)) async -> Exit {
        while true {
            if let exit { return exit }
            try? await Task.sleep(for: interval)
        }
    }
}

/// `Process` is a class Foundation does not mark Sendable; this one is only started once and then
/// only asked to terminate, which Foundation allows from any thread.
private struct UncheckedProcess: @unchecked Sendable {
    let value: Process

    init(_ value: Process) {
        self.value = value
    }
}
