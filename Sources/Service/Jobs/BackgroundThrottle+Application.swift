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

extension BackgroundTask {
    /// Runs the throttle's periods while the service runs; every child held is continued when it stops.
    static func throttling(_ throttle: BackgroundThrottle) -> BackgroundTask {
        BackgroundTask { _ in await throttle.run() }
    }
}
