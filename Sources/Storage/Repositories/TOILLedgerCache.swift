import Foundation
import Workforce

/// Each AMHP's stored TOIL rows, decoded, kept in this process under the position of their last row,
/// so a balance read or an append need not read and decode an AMHP's whole history every time.
///
/// The ledger is append-only: a row is never changed or removed (a void is a new row), and every
/// append takes the next position while holding the write lock. An AMHP's rows are therefore exactly
/// known by the position of their last one, which every read asks the database for (one query through
/// the `(amhp_id, position)` index); kept rows are used only when it matches, whichever instance
/// appended since. Only committed rows are kept: those a read transaction saw, and an append's once
/// its own transaction has committed.
public final class TOILLedgerCache: Sendable {
    /// One stored row: its entry, or why it cannot be read (a row `amhp toil repair` may void).
    struct Row: Sendable {
        let entryID: String
        let position: Int
        let decoded: Result<LedgerRecord, any Error>

        init(_ row: LedgerRow) {
            (entryID, position) = (row.entryID, row.position)
            decoded = Result { try row.record() }
        }

        init(_ record: LedgerRecord) {
            (entryID, position, decoded) = (record.entry.id, record.position, .success(record))
        }
    }

    /// An AMHP's rows in position order, the last at `lastPosition`, and once built, their ledger.
    struct Rows: Sendable {
        var lastPosition: Int
        var rows: [Row]
        /// The AMHP's ledger built from `rows`, with its replay current, while the entries voided
        /// anywhere are still `voided`: an append then checks and applies a new entry without
        /// rebuilding it (`TOILLedger`'s complexity).
        var built: (voided: Set<String>, ledger: TOILLedger)? = nil

        /// The ledger built, no longer held here, when built under the same voids.
        mutating func takeLedger(voided: Set<String>) -> TOILLedger? {
            guard let built, built.voided == voided else { return nil }
            self.built = nil
            return built.ledger
        }
    }

    /// AMHPs whose rows are kept: every AMHP of a large service, at a few hundred bytes a row.
    public static let capacity = 2_000

    private let kept = BoundedCache<Rows>(capacity: capacity)

    public init() {}

    /// The AMHP's rows, when those kept end at `lastPosition`.
    func rows(of amhpID: String, lastPosition: Int) -> Rows? {
        guard let rows = kept.value(amhpID), rows.lastPosition == lastPosition else { return nil }
        return rows
    }

    /// The AMHP's rows taken out of the cache, when those kept end at `lastPosition`: an append
    /// then holds the only copy and adds to it in place, where a shared copy would be copied whole.
    /// Until the append keeps its rows, a read of the AMHP reads them from the database.
    func take(of amhpID: String, lastPosition: Int) -> Rows? {
        guard let rows = kept.take(amhpID), rows.lastPosition == lastPosition else { return nil }
        return rows
    }

    /// Keeps committed rows only (see the type's comment); never rows older than those kept, which a
    /// slow read finishing after an append would otherwise put back; rows as new as those kept when
    /// they bring a ledger those lack.
    func keep(_ rows: [String: Rows]) {
        for (amhpID, rows) in rows {
            let kept = kept.value(amhpID)
            let keptPosition = kept?.lastPosition ?? -1
            guard keptPosition < rows.lastPosition || (keptPosition == rows.lastPosition && kept?.built == nil && rows.built != nil)
            else { continue }
            self.kept.keep(rows, key: amhpID)
        }
    }

    /// AMHPs kept (tests).
    var count: Int { kept.count }
}
