import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The slots child processes of one service instance run in (`amhp serve --job-concurrency`):
/// solve jobs, scenario runs, sufficiency and succession all take a slot before they start their
/// child, so however many are asked for, no more than `capacity` solvers share the machine's cores
/// and the web requests keep the rest. Callers beyond the slots wait in the order they came.
///
///     let exit = try await app.childPool.run { try await PlanningCommand(…).run() }
final class ChildPool: Sendable {
    let capacity: Int

    private struct State {
        var running = 0
        var mostAtOnce = 0
        var waiters: [(id: UUID, continuation: CheckedContinuation<Bool, Never>)] = []
    }

    private let state = NIOLockedValueBox(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The slots in use now.
    var running: Int { state.withLockedValue { $0.running } }
    /// The most slots ever in use at once (for tests and the operator).
    var mostAtOnce: Int { state.withLockedValue { $0.mostAtOnce } }
    /// The callers waiting for a slot.
    var waiting: Int { state.withLockedValue { $0.waiters.count } }

    /// Runs `body` in a slot, waiting for one first.
    ///
    /// - Throws: `CancellationError` when the task is cancelled while it waits.
    func run<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        guard await acquire() else { throw CancellationError() }
        defer { release() }
        return try await body()
    }

    /// Takes a slot, waiting in order until one is free, and returns true; give it back with
    /// `release()`. Returns false, holding no slot, when the task is cancelled while it waits.
    func acquire() async -> Bool {
        let id = UUID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let answer = state.withLockedValue { state -> Bool? in
                    if Task.isCancelled { return false }
                    guard state.running < capacity, state.waiters.isEmpty else {
                        state.waiters.append((id, continuation))
                        return nil
                    }
                    state.running += 1
                    state.mostAtOnce = max(state.mostAtOnce, state.running)
                    return true
                }
                if let answer { continuation.resume(returning: answer) }
            }
        } onCancel: {
            let waiter = state.withLockedValue { state -> CheckedContinuation<Bool, Never>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index).continuation
            }
            waiter?.resume(returning: false)
        }
    }

    /// Gives a slot back: to the longest waiter, if any.
    func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Bool, Never>? in
            // The slot passes straight to the next waiter, so `running` stays as it is.
            guard !state.waiters.isEmpty else {
                state.running = max(0, state.running - 1)
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume(returning: true)
    }
}

extension Application {
    private struct ChildPoolKey: StorageKey, LockKey {
        typealias Value = ChildPool
    }

    /// The instance's child-process slots, `plannerConfiguration.jobConcurrency` of them.
    var childPool: ChildPool {
        locks.lock(for: ChildPoolKey.self).withLock {
            if let pool = storage[ChildPoolKey.self] { return pool }
            let pool = ChildPool(capacity: plannerConfiguration.jobConcurrency)
            storage[ChildPoolKey.self] = pool
            return pool
        }
    }
}
