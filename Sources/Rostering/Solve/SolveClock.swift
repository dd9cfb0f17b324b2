import Foundation
import Workforce

/// Time since a solve started, its deadline, and the `--verbose` stage log.
struct SolveClock {
    private let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    let deadline: ContinuousClock.Instant
    let verbose: Bool
    let observer: (@Sendable (RotaProgress) -> Void)?

    init(timeLimit: Double, verbose: Bool, observer: (@Sendable (RotaProgress) -> Void)? = nil) {
        started = clock.now
        deadline = started + .milliseconds(Int(max(timeLimit, 0) * 1000))
        self.verbose = verbose
        self.observer = observer
    }

    var elapsed: Double { Self.seconds(clock.now - started) }

    var remaining: Double { Self.seconds(deadline - clock.now) }

    /// Says what a stage reached and when; the message is built only when verbose.
    func log(_ message: @autoclosure () -> String, phase: RotaProgress.Phase = .search, incumbent: Double? = nil, bound: Double? = nil,
             breaches: Int? = nil) {
        guard verbose || observer != nil else { return }
        let text = message(), seconds = elapsed
        // Written at once, not buffered, so a parent reading the pipe (the service's solve job) sees progress live.
        if verbose { FileHandle.standardOutput.write(Data("[\(CSVNumber.format(seconds)) s] \(text)\n".utf8)) }
        observer?(RotaProgress(elapsed: seconds, phase: phase, incumbent: incumbent, bound: bound, message: text, breaches: breaches))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
