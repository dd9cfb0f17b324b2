import Foundation
import NIOConcurrencyHelpers
import Workforce

/// The last hub this process rebuilt from its rows, kept under the id of the `hubs` row it came from.
///
/// Every change to the hub (`HubRepository.replace` and `update`) stores it under a new row id in
/// the same transaction, so that id is the hub's revision: a reader asks the database for it (one
/// small query) and reuses the decoded hub only when it matches. Another instance's change is seen
/// at once; the cache is an optimisation only and holds nothing another instance needs.
public final class HubCache: Sendable {
    private struct Entry {
        let revision: UUID
        let hub: Hub
    }

    private let entry = NIOLockedValueBox<Entry?>(nil)

    public init() {}

    /// The cached hub, when it was read from the hub row `revision`.
    func hub(revision: UUID) -> Hub? {
        entry.withLockedValue { $0?.revision == revision ? $0?.hub : nil }
    }

    /// Keeps `hub`, as read from the hub row `revision`.
    func keep(_ hub: Hub, revision: UUID) {
        entry.withLockedValue { $0 = Entry(revision: revision, hub: hub) }
    }
}
