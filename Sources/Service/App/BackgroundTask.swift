import NIOConcurrencyHelpers
import Storage
import Vapor

/// Work the service runs from boot until it stops: the solve and scenario workers, the throttle of
/// their children, filling the TOIL cache. It starts in the synchronous `didBoot`, which both
/// `app.execute()` and the test harness's `boot()` call, and is cancelled and waited for at shutdown.
final class BackgroundTask: LifecycleHandler, Sendable {
    private let work: @Sendable (Application) async -> Void
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(_ work: @escaping @Sendable (Application) async -> Void) {
        self.work = work
    }

    func didBoot(_ application: Application) throws {
        task.withLockedValue { [work] in $0 = Task { await work(application) } }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLockedValue { task -> Task<Void, Never>? in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }
}

extension BackgroundTask {
    /// SQLite's write-ahead log copied into the database file every `interval`, so that no request's
    /// commit does it (`WALCheckpoint`); a failure is logged and tried again next time.
    static func checkpointingWAL(every interval: Duration = .milliseconds(250)) -> BackgroundTask {
        BackgroundTask { application in
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                    try await WALCheckpoint.passive(on: application.db)
                } catch is CancellationError {
                    return
                } catch {
                    application.logger.warning("SQLite's write-ahead log was not checkpointed; SQLite does it itself meanwhile.",
                                               metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }
}
