import Foundation
import Workforce

/// A TOIL ledger entry as stored: the entry, its 0-based position in the ledger, and when its row was written.
public struct LedgerRecord: Hashable, Sendable {
    public let entry: TOILEntry
    /// The entry's row in `toil_entries`: its position in recording order. It is the entry's
    /// `TOILLedger.sequence(of:)` unless rows before it were voided (voided rows keep their positions).
    public let position: Int
    public let recordedAt: Date

    public init(entry: TOILEntry, position: Int, recordedAt: Date) {
        self.entry = entry
        self.position = position
        self.recordedAt = recordedAt
    }
}
