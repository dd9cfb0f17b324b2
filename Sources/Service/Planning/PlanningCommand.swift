import Foundation
import Workforce
import Vapor

/// One `amhp` planning command (`sufficiency`, `succession`, `scenario`) run as a child process.
///
/// The planning models solve with GLPK, which aborts its whole process on misuse; in a child that
/// can only ever fail the one request, never the service.
struct PlanningCommand: Sendable {
    let runner: any ChildJobRunner
    let request: ChildJobRequest
    /// Seconds after which the child is stopped and the request refused.
    let timeLimit: Double

    /// Runs the command to its end; throws `PlanningCommandFailure` unless it exits with status 0.
    /// Its typed result is the JSON summary it writes to `--out` (`PlanningResult.summary`).
    func run() async throws -> ChildJobExit {
        let child = try runner.start(request)
        let deadline = ContinuousClock.now + .milliseconds(Int(timeLimit * 1000))
        while child.exit == nil {
            if ContinuousClock.now >= deadline {
                await child.stop()
                throw PlanningCommandFailure.timedOut(command: request.command, seconds: timeLimit)
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        let exit = await child.waitForExit()
        if let failure = PlanningCommandFailure(exit, command: request.command) { throw failure }
        return exit
    }
}

/// Why a planning command gave no result, said so the lead (or whoever runs the service) can act.
enum PlanningCommandFailure: AbortError, Equatable {
    /// Exit status 2: the hub's or the planning files' problems, or a calculation that cannot be
    /// done (no referrals), each with its fix as the command printed it.
    case dataProblems(String)
    case timedOut(command: String, seconds: Double)
    case failed(command: String, detail: String)

    init?(_ exit: ChildJobExit, command: String) {
        if exit.wasSignalled {
            self = .failed(command: command, detail: "it stopped on signal \(exit.code). \(Self.tail(exit.errors))")
        } else if exit.status == .inputError {
            self = .dataProblems(exit.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        } else if exit.status != .success {
            self = .failed(command: command, detail: "exit status \(exit.code). \(Self.tail(exit.errors))")
        } else {
            return nil
        }
    }

    var status: HTTPResponseStatus {
        switch self {
        case .dataProblems: .conflict
        case .timedOut: .serviceUnavailable
        case .failed: .internalServerError
        }
    }

    var reason: String {
        switch self {
        case .dataProblems(let text):
            "The planning data cannot give this result. \(text) "
                + "(The hub comes from the service's database; the planning files from the folder given to `amhp serve --planning`.)"
        case .timedOut(let command, let seconds):
            "amhp \(command) took more than \(Int(seconds)) seconds and was stopped. Fix: ask for less (fewer simulations, a shorter time limit) or try again when the server is less busy."
        case .failed(let command, let detail):
            "amhp \(command) failed: \(detail)"
        }
    }

    static func tail(_ text: String, lines: Int = 8) -> String {
        text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}
