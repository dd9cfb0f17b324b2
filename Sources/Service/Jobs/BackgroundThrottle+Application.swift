import NIOConcurrencyHelpers
import Vapor

extension Application {
    private struct BackgroundThrottleKey: StorageKey {
        typealias Value = BackgroundThrottle
    }

    /// The instance's throttle of background children, set by `PlannerService.configure`.
    var backgroundThrottle: BackgroundThrottle? {
        get { storage[BackgroundThrottleKey.self] }
        set { storage[BackgroundThrottleKey.self] = newValue }
    }
}

/// Runs the throttle's periods while the service runs; every child held is continued when it stops.
final class BackgroundThrottleLifecycle: LifecycleHandler, Sendable {
    private let throttle: BackgroundThrottle
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(_ throttle: BackgroundThrottle) {
        self.throttle = throttle
    }

    func didBoot(_ application: Application) throws {
        task.withLockedValue { [throttle] in $0 = Task { await throttle.run() } }
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
