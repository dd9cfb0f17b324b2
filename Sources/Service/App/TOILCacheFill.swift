import Storage
import Vapor

extension BackgroundTask {
    /// Fills the process's TOIL cache once the service has booted: after a restart the first balance
    /// or append for each AMHP would otherwise read and decode their whole history (13 ms against
    /// 4.5 ms for an append, with 850 entries each). Requests are served meanwhile; a failure leaves
    /// the cache to fill as AMHPs are read, as it would without this.
    static func fillingTOILCache(_ cache: TOILLedgerCache) -> BackgroundTask {
        BackgroundTask { application in
            do {
                try await TOILLedgerRepository(database: application.db, cache: cache).fillCache()
            } catch {
                application.logger.warning("The TOIL cache was not filled at start; it fills as AMHPs are read.",
                                           metadata: ["error": "\(String(reflecting: error))"])
            }
        }
    }
}
