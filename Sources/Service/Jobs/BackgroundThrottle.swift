import Foundation
import NIOConcurrencyHelpers

/// Holds background children (solve jobs, scenario runs) back while the service is busy answering
/// requests, so that a surge of reads (a hub opening the new month's rota) is not slowed by a solve.
///
/// Lowering the children's priority is not enough: measured on 2 cores, a child at nice 19, or even
/// `SCHED_IDLE`, still took 40% of a core from the requests beside it (every hand-over between the
/// server's threads leaves a moment it runs in), and reads lost a third of their throughput. So the
/// throttle counts requests; in a period (100 ms) after one with as many as `busyRequestsPerSecond`
/// would give, each background child runs for its `share` (`BusyChildShare`) of the period and is stopped (`SIGSTOP`) for
/// the rest, then continued (`SIGCONT`). Otherwise children run freely. A child someone's page waits
/// for (sufficiency, succession) is never held back. A child is continued before it is told to stop,
/// and every child when the service stops.
///
/// The children's own time limits run on meanwhile: a solve on a busy web instance finds less in the
/// same time, which is why production runs its solves on worker instances (docs/deployment.md).
final class BackgroundThrottle: Sendable {
    /// Requests a second from which the service counts as busy: far above what a hub's staff make
    /// in a normal hour, reached when many open their rota at once.
    static let busyRequestsPerSecond = 200

    private struct State {
        var requests = 0
        var children: [Int: pid_t] = [:]
        var nextKey = 0
        var stopped = false
    }

    let share: BusyChildShare
    let period: Duration
    private let state = NIOLockedValueBox(State())

    init(share: BusyChildShare, period: Duration = .milliseconds(100)) {
        (self.share, self.period) = (share, period)
    }

    /// Counts a request (`RequestLog` calls it for every one).
    func noteRequest() {
        state.withLockedValue { $0.requests += 1 }
    }

    /// Holds the child `pid` back whenever the service is busy, until `release` is called with the key returned.
    func hold(_ pid: pid_t) -> Int {
        state.withLockedValue { state in
            defer { state.nextKey += 1 }
            state.children[state.nextKey] = pid
            if state.stopped { kill(pid, SIGSTOP) }
            return state.nextKey
        }
    }

    /// Continues the child and lets it run freely from now on (before it is stopped, or once it has ended).
    func release(_ key: Int) {
        state.withLockedValue { state in
            if let pid = state.children.removeValue(forKey: key), state.stopped { kill(pid, SIGCONT) }
        }
    }

    /// Whether the last period's requests make the service busy.
    private func takeBusy() -> Bool {
        let requests = state.withLockedValue { state in
            defer { state.requests = 0 }
            return state.requests
        }
        let seconds = Double(period.components.seconds) + Double(period.components.attoseconds) / 1e18
        return Double(requests) >= Double(Self.busyRequestsPerSecond) * seconds
    }

    /// Stops (`true`) or continues every child held, remembering which.
    private func setStopped(_ stopped: Bool) {
        state.withLockedValue { state in
            guard state.stopped != stopped else { return }
            state.stopped = stopped
            for pid in state.children.values { kill(pid, stopped ? SIGSTOP : SIGCONT) }
        }
    }

    /// One period: children run for their share of it if the last was busy, else for all of it.
    func cycle() async throws {
        guard share.percent < 100, takeBusy() else {
            setStopped(false)
            try await Task.sleep(for: period)
            return
        }
        setStopped(false)
        try await Task.sleep(for: period * share.percent / 100)
        setStopped(true)
        try await Task.sleep(for: period * (100 - share.percent) / 100)
    }

    /// Runs periods until cancelled, then continues every child.
    func run() async {
        while !Task.isCancelled {
            do { try await cycle() } catch { break }
        }
        setStopped(false)
    }

    /// Whether the children are stopped now (tests).
    var holding: Bool { state.withLockedValue { $0.stopped } }
}
