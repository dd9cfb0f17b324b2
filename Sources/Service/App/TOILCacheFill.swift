import NIOConcurrencyHelpers
import Storage
import Vapor

/// Fills the process's TOIL cache once the service has booted, in the background: after a restart
/// the first balance or append for each AMHP would otherwise read and decode their whole history
/// (13 ms against 4.5 ms for an append, with 850 entries each). Requests are served meanwhile; a
/// failure leaves the cache to fill as AMHPs are read, as it would without this.
final class TOILCacheFill: LifecycleHandler, Sendable {
    private let cache: TOILLedgerCache
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(cache: TOILLedgerCache) {
        self.cache = cache
    }

    func didBoot(_ application: Application) throws {
        let repository = TOILLedgerRepository(database: application.db, cache: cache), logger = application.logger
        task.withLockedValue {
            $0 = Task {
                do {
                    try await repository.fillCache()
                } catch {
                    logger.warning("The TOIL cache was not filled at start; it fills as AMHPs are read.",
                                   metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
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
