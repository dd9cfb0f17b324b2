import FluentKit
import Workforce

/// The rows of `toil_entries` as stored, with the entries voids have set aside.
///
/// A row a void names is left out of the ledger, whatever it holds: it is the way a row that cannot
/// be read (or breaks a ledger rule) stops blocking every read, without editing or deleting it.
struct StoredLedger: Sendable {
    /// Every row, in position order, voided or not.
    let rows: [LedgerRow]
    /// The void of each voided entry, by the voided entry's id.
    let voids: [String: String]

    init(rows: [LedgerRow]) {
        self.rows = rows
        voids = Dictionary(rows.compactMap { row in row.voidedEntryID.map { ($0, row.entryID) } }, uniquingKeysWith: { first, _ in first })
    }

    static func load(on database: any Database) async throws -> StoredLedger {
        StoredLedger(rows: try await LedgerRow.all(on: database))
    }

    /// The position the next entry is stored at: rows are only ever appended, voided ones included.
    var nextPosition: Int { rows.count }

    /// The rows the ledger is made of: every row no void names.
    var keptRows: [LedgerRow] {
        rows.filter { voids[$0.entryID] == nil }
    }

    /// The entries of every row no void names, in ledger order.
    ///
    /// - Throws: `StorageError.unreadableValue` for a gap in the positions or the first value that
    ///   cannot be read.
    func records() throws -> [LedgerRecord] {
        if let gap = firstGap {
            throw StorageError.unreadableValue(table: StoredTOILEntry.schema, field: "position", value: String(gap.position))
        }
        return try keptRows.map { try $0.record() }
    }

    /// The first row not at its place: rows are only ever appended, so positions run 0, 1, 2, … without a gap.
    var firstGap: (index: Int, position: Int)? {
        rows.enumerated().first { index, row in row.position != index }.map { ($0.offset, $0.element.position) }
    }
}
