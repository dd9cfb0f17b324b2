import NIOConcurrencyHelpers

/// Lets one SQLite write transaction at a time begin on a database file, in this process.
///
/// SQLite queues writers with a busy handler that waits on one of the few threads of the pool
/// every connection shares; two connections of one process waiting on each other there could
/// leave the lock's holder no thread to finish on. So writers of one file in one process queue
/// here, without holding a thread, and only writers in other processes meet SQLite's own wait
/// (`busy_timeout`). Writers of different files never wait for each other: one file's slow
/// writer (waiting out another process's lock) holds up no other database in the process.
final class WriteGate: Sendable {
    private struct State {
        var isHeld = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = NIOLockedValueBox(State())

    /// Every file's gate, so two registrations of one file (the service and a tool in the same
    /// process) still share one queue.
    private static let gates = NIOLockedValueBox([String: WriteGate]())

    /// The gate of the SQLite file at `path` (its absolute, symlink-resolved form).
    static func forFile(_ path: String) -> WriteGate {
        let key = SQLiteFile.canonicalPath(path)
        return gates.withLockedValue { gates in
            if let gate = gates[key] { return gate }
            let gate = WriteGate()
            gates[key] = gate
            return gate
        }
    }

    /// Runs `body` once every earlier caller has finished, in the order they arrived.
    func run<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        await enter()
        do {
            let result = try await body()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let mayEnter = state.withLockedValue { state -> Bool in
                guard state.isHeld else {
                    state.isHeld = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if mayEnter { continuation.resume() }
        }
    }

    private func leave() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.isHeld = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
