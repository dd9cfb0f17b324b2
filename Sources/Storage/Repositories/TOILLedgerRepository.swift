import FluentKit
import Foundation
import Workforce

/// The TOIL ledger kept in the database: append-only, one row per entry, in ledger order.
///
/// `append(hubAMHPIDs:at:_:)` reads the whole ledger, rebuilds it with `TOILLedger(entries:amhpIDs:)`
/// (which re-checks every entry), checks the new entries with `TOILLedger.append`, and inserts them at
/// the next position, all in one write transaction; `append(concerning:…)` (and a single entry's
/// append) checks them the same way against the entries of the AMHPs concerned only. Either way the
/// stored ledger satisfies every ledger rule, two writers (two processes, or two service instances)
/// cannot both append at once, and the running totals (`toil_totals`) change in the same transaction. Before
/// the transaction commits, the rows appended are read back and rebuilt into entries (`RoundTrip`):
/// an entry the database would not give back as written is refused, since a row that cannot be read
/// would stop every later read, and rows are never removed.
///
/// A stored row voided by `void(entryID:…)` (see `TOILLedgerRepository+Repair`) is left out of the
/// ledger; the void itself is an entry, of no effect on balances.
///
///     let repository = TOILLedgerRepository(database: db)
///     let record = try await repository.append(hubAMHPIDs: ids) { ledger, position in
///         TOILEntry(id: "E\(position + 1)", amhpID: "A01", kind: .accrued, date: today, hours: 2,
///                   reason: "Assessment overran", recordedBy: "hr.jo", approvedBy: "Sam")
///     }
public struct TOILLedgerRepository: Sendable {
    public let database: any Database
    /// The AMHPs' rows this process keeps between reads (`TOILLedgerCache`); nil reads them every time.
    public let cache: TOILLedgerCache?

    public init(database: any Database, cache: TOILLedgerCache? = nil) {
        self.database = database
        self.cache = cache
    }

    /// Every stored entry in ledger order, but those voids set aside.
    public func records() async throws -> [LedgerRecord] {
        try await StoredLedger.load(on: database).records()
    }

    /// The ledger rebuilt from the database, every entry re-checked.
    ///
    /// `hubAMHPIDs` are the hub's AMHPs (nil accepts any id); anyone who already has entries is
    /// added, so an AMHP who has left the hub keeps their history.
    ///
    /// - Throws: `StorageError.storedLedgerInvalid` if the stored entries break a ledger rule,
    ///   `StorageError.unreadableValue` if one cannot be read (`amhp toil repair` lists them).
    public func ledger(hubAMHPIDs: Set<String>?) async throws -> TOILLedger {
        try Self.rebuild(try await records().map(\.entry), hubAMHPIDs: hubAMHPIDs)
    }

    /// Appends one entry after `TOILLedger.append` has checked it against its AMHP's entries (and
    /// those of the entry a correction cancels: `append(concerning:…)`); logs it as `toil.append`.
    ///
    /// - Throws: `TOILLedgerError` when the ledger refuses the entry, `StorageError.roundTripFailed`
    ///   when it would not read back as written; nothing is written then.
    @discardableResult
    public func append(_ entry: TOILEntry, hubAMHPIDs: Set<String>?, at date: Date = Date()) async throws -> LedgerRecord {
        let scope = TOILLedgerScope(amhpIDs: [entry.amhpID], entryIDs: Set([entry.kind.correctedEntryID].compactMap { $0 }))
        return try await append(concerning: scope, hubAMHPIDs: hubAMHPIDs, at: date) { _, _ in [entry] }.records[0]
    }

    /// Appends the entries `makeEntries` builds from the ledger as it stands and the next free position
    /// (for default ids, corrections, or `TOILLedger.expire`), each checked by `TOILLedger.append`,
    /// all in one transaction: either every entry is appended or none is.
    ///
    /// Returns the new records and the ledger with them, so a caller can show the new balances
    /// without reading the ledger again.
    ///
    /// - Throws: whatever `makeEntries` throws, the `TOILLedgerError` of the first entry refused, or
    ///   `StorageError.roundTripFailed` for an entry that would not read back as written.
    @discardableResult
    public func append(
        hubAMHPIDs: Set<String>?, at date: Date = Date(),
        _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger) {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let stored = try await StoredLedger.load(on: transaction)
            var ledger = try Self.rebuild(try stored.records().map(\.entry), hubAMHPIDs: hubAMHPIDs)
            let entries = try makeEntries(ledger, stored.nextPosition)
            for entry in entries { try ledger.append(entry) }
            let records = try await Self.insert(entries, at: stored.nextPosition, recordedAt: date, action: "toil.append",
                                                ledger: ledger, on: transaction)
            return (records, ledger)
        }
    }

    /// Stores `entries` from `position` on, each logged as `action`, and adds them to the running
    /// totals (`toil_totals`); then reads them back and checks every field and every entry rebuilt
    /// (`RoundTrip`), inside the caller's transaction. `ledger` already holds the entries.
    static func insert(_ entries: [TOILEntry], at position: Int, recordedAt date: Date, action: String,
                       detail: [String: String] = [:], ledger: TOILLedger, on transaction: any Database) async throws -> [LedgerRecord] {
        let positions = entries.indices.map { position + $0 }
        let rows = zip(entries, positions).map { StoredTOILEntry.row(of: $0, position: $1, recordedAt: date) }
        // An id any entry has already (someone else's, outside the ledger checked) is refused by the
        // table's unique constraint: that row is not inserted, and the whole append rolls back.
        let readBack = try await PlainRow.insert(rows, into: StoredTOILEntry.schema, key: "position", skippingConflictsOn: "entry_id",
                                                 on: transaction)
        if let taken = zip(entries, positions).first(where: { readBack[$0.1] == nil }) { throw TOILLedgerError.duplicateID(taken.0.id) }
        for (entry, position) in zip(entries, positions) {
            try await AuditLogRepository.append(
                on: transaction, actor: entry.recordedBy, action: action, subject: "toil:\(entry.id)", at: date,
                detail: detail.merging(["amhp_id": entry.amhpID, "kind": entry.kind.code, "date": entry.date.description,
                                        "hours": entry.hours.shortText, "position": String(position)]) { mine, _ in mine })
        }
        for (entry, position) in zip(entries, positions) {
            try RoundTrip.rebuild(entry, table: StoredTOILEntry.schema) {
                guard let row = readBack[position] else {
                    throw StorageError.unreadableValue(table: StoredTOILEntry.schema, field: "position", value: String(position))
                }
                return try LedgerRow(row).record().entry
            }
        }
        // After the entries' own check, so a value that would not read back is named on the entry.
        try await TOILTotalsTable.apply(TOILTotals.changes(for: entries, in: ledger), on: transaction)
        return entries.enumerated().map { LedgerRecord(entry: $1, position: position + $0, recordedAt: date) }
    }

    static func rebuild(_ entries: [TOILEntry], hubAMHPIDs: Set<String>?) throws -> TOILLedger {
        let known = hubAMHPIDs.map { $0.union(entries.map(\.amhpID)) }
        do {
            return try TOILLedger(entries: entries, amhpIDs: known)
        } catch {
            throw StorageError.storedLedgerInvalid(error)
        }
    }
}
