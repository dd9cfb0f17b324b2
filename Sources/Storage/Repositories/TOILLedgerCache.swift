import Foundation

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

    /// An AMHP's rows in position order, the last at `lastPosition`.
    struct Rows: Sendable {
        var lastPosition: Int
        var rows: [Row]
    }

    /// AMHPs whose rows are kept: every AMHP of a large service, at a few hundred bytes a row.
    public static let capacity = 2_000

    private let kept = BoundedCache<Rows>(capacity: capacity)

    public init() {}

    /// The AMHP's rows, when those kept end at `lastPosition`.
    func rows(of amhpID: String, lastPosition: Int) -> [Row]? {
        guard let rows = kept.value(amhpID), rows.lastPosition == lastPosition else { return nil }
        return rows.rows
    }

    /// Keeps committed rows only (see the type's comment); never rows older than those kept, which a
    /// slow read finishing after an append would otherwise put back.
    func keep(_ rows: [String: Rows]) {
        for (amhpID, rows) in rows where (kept.value(amhpID)?.lastPosition ?? -1) < rows.lastPosition {
            kept.keep(rows, key: amhpID)
        }
    }

    /// AMHPs kept (tests).
    var count: Int { kept.count }
}
