import Foundation
import Workforce
/// Time since a solve started, its deadline, and the `--verbose` stage log.
struct SolveClock {
    private let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    let deadline: ContinuousClock.Instant
    let verbose: Bool

    init(timeLimit: Double, verbose: Bool) {
        started = clock.now
        deadline = started + .milliseconds(Int(max(timeLimit, 0) * 1000))
        self.verbose = verbose
    }

    var elapsed: Double { Self.seconds(clock.now - started) }

    var remaining: Double { Self.seconds(deadline - clock.now) }

    /// Says what a stage reached and when; the message is built only when verbose.
    func log(_ message: @autoclosure () -> String) {
        guard verbose else { return }
        // Written at once, not buffered, so a parent reading the pipe (the service's solve job) sees progress live.
        FileHandle.standardOutput.write(Data("[\(CSVNumber.format(elapsed)) s] \(message())\n".utf8))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
