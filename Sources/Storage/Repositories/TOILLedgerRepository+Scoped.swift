import FluentKit
import Foundation
import SQLKit
import Workforce

/// Which part of the TOIL ledger a read or a write concerns: some AMHPs' entries, and the AMHPs of
/// some entries by id (the entry a correction cancels may name someone else, which the ledger refuses).
public struct TOILLedgerScope: Hashable, Sendable {
    public var amhpIDs: Set<String>
    public var entryIDs: Set<String>
    /// Every AMHP with entries: the whole ledger, still read without re-checking every entry.
    public var everyone = false

    public init(amhpIDs: Set<String>, entryIDs: Set<String> = []) {
        self.amhpIDs = amhpIDs
        self.entryIDs = entryIDs
    }

    /// The whole ledger (rota publishing, which may cancel anyone's plans for the month).
    public static var wholeLedger: TOILLedgerScope {
        var scope = TOILLedgerScope(amhpIDs: [])
        scope.everyone = true
        return scope
    }
}

/// Reads and appends that touch only the AMHPs concerned: their entries by the `amhp_id` index,
/// taken as checked when appended (`TOILLedger(checkedEntries:)`), instead of the whole ledger
/// rebuilt and re-checked. What the whole ledger would check beyond them — an id used by anyone's
/// entry, recording order — is asked of the database directly. `amhp toil verify` checks the whole.
extension TOILLedgerRepository {
    /// The entries of the AMHPs `scope` concerns, in ledger order, voided rows left out.
    ///
    /// - Throws: `StorageError.unreadableValue` for a value of theirs that cannot be read.
    public func ledger(concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?) async throws -> TOILLedger {
        // Inside another transaction the rows read may be that transaction's own, not yet committed: not kept.
        let nested = database.inTransaction
        let loaded = try await StorageTransaction.read(on: database) { [cache] snapshot in
            try await ScopedLedger.load(scope, hubAMHPIDs: hubAMHPIDs, cache: cache, on: snapshot)
        }
        if !nested { cache?.keep(loaded.rows) }
        return loaded.ledger
    }

    /// Appends the entries `makeEntries` builds, as `append(hubAMHPIDs:at:_:)` does, checked against the
    /// entries of the AMHPs `scope` concerns (widened to every AMHP the entries name) rather than the
    /// whole ledger. The ledger returned holds those AMHPs' entries only.
    ///
    /// - Throws: as `append(hubAMHPIDs:at:_:)`; `TOILLedgerError.duplicateID` for an id anyone's entry has.
    @discardableResult
    public func append(
        concerning scope: TOILLedgerScope, hubAMHPIDs: Set<String>?, at date: Date = Date(),
        _ makeEntries: @escaping @Sendable (_ ledger: TOILLedger, _ nextPosition: Int) throws -> [TOILEntry]
    ) async throws -> (records: [LedgerRecord], ledger: TOILLedger) {
        let date = StoredValue.moment(date)
        let nested = database.inTransaction
        let appended = try await StorageTransaction.write(on: database) { [cache] transaction in
            var scope = scope
            var loaded = try await ScopedLedger.load(scope, hubAMHPIDs: hubAMHPIDs, cache: cache, on: transaction)
            var entries = try makeEntries(loaded.ledger, loaded.nextPosition)
            let wider = loaded.widened(scope, toCover: entries)
            if wider != scope {
                // The entries name someone not loaded: build them again from a ledger holding everyone they name.
                scope = wider
                loaded = try await ScopedLedger.load(scope, hubAMHPIDs: hubAMHPIDs, cache: cache, on: transaction)
                entries = try makeEntries(loaded.ledger, loaded.nextPosition)
            }
            var ledger = loaded.ledger
            for entry in entries { try ledger.append(entry) }
            let records = try await Self.insert(entries, at: loaded.nextPosition, recordedAt: date, action: "toil.append",
                                                ledger: ledger, on: transaction)
            return (records: records, ledger: ledger, rows: loaded.rows(adding: records))
        }
        // Kept only once committed: a transaction the append joined may still roll back.
        if !nested { cache?.keep(appended.rows) }
        return (appended.records, appended.ledger)
    }

    /// Reads every AMHP's rows into the cache, as the service does when it starts: the first balance
    /// or append for each AMHP then need not read and decode their whole history. Rows that cannot be
    /// read are kept as such, as a read keeps them.
    public func fillCache() async throws {
        guard let cache else { return }
        let rows = try await StorageTransaction.read(on: database) { snapshot in
            try await ScopedLedger.read(nil, on: SQLFlavour.sql(snapshot))
        }
        cache.keep(rows)
    }

    /// The stored running totals: every AMHP's by month.
    public func totals() async throws -> TOILTotals {
        try await TOILTotalsTable.read(on: database)
    }

    /// One AMHP's stored running totals by month.
    public func totals(of amhpID: String) async throws -> TOILTotals {
        try await TOILTotalsTable.read(on: database, amhpID: amhpID)
    }
}

/// Some AMHPs' part of the stored ledger, with what an append needs to know of the rest.
struct ScopedLedger {
    let ledger: TOILLedger
    /// The AMHPs loaded: those asked for and those of the entries asked for.
    let amhpIDs: Set<String>
    /// The entry ids asked for that are stored (any AMHP's).
    let resolvedEntryIDs: Set<String>
    let nextPosition: Int
    /// Every loaded AMHP's rows, voided and damaged ones included, as `TOILLedgerCache` keeps them.
    let rows: [String: TOILLedgerCache.Rows]

    static func load(_ scope: TOILLedgerScope, hubAMHPIDs: Set<String>?, cache: TOILLedgerCache? = nil,
                     on database: any Database) async throws -> ScopedLedger {
        let sql = SQLFlavour.sql(database)
        var amhpIDs = scope.amhpIDs
        if scope.everyone {
            let rows = try await sql.select().distinct().column("amhp_id").from(StoredTOILEntry.schema).all()
            amhpIDs.formUnion(try rows.map { try $0.decode(column: "amhp_id", as: String.self) })
        }
        var resolved: Set<String> = []
        if !scope.entryIDs.isEmpty {
            let rows = try await sql.select().column("entry_id").column("amhp_id").from(StoredTOILEntry.schema)
                .where("entry_id", .in, Array(scope.entryIDs)).all()
            for row in rows {
                resolved.insert(try row.decode(column: "entry_id", as: String.self))
                amhpIDs.insert(try row.decode(column: "amhp_id", as: String.self))
            }
        }
        let ends = try await LedgerEnds.read(lastPositionsOf: amhpIDs, on: sql)
        let rows = try await Self.rows(of: amhpIDs, lastPositions: ends.lastPositions, cache: cache, on: sql)
        // One AMHP's rows (most reads and appends) are in position order already.
        let inOrder = rows.count == 1 ? rows.first?.value.rows ?? [] : rows.values.flatMap(\.rows).sorted { $0.position < $1.position }
        let entries = try inOrder.compactMap { ends.voided.contains($0.entryID) ? nil : try $0.decoded.get().entry }
        let known = hubAMHPIDs.map { $0.union(entries.map(\.amhpID)) }
        return ScopedLedger(ledger: TOILLedger(checkedEntries: entries, amhpIDs: known, lastRecordedOn: ends.lastRecordedOn),
                            amhpIDs: amhpIDs, resolvedEntryIDs: resolved, nextPosition: ends.nextPosition, rows: rows)
    }

    /// Each AMHP's rows in position order: those kept in `cache` while they still end where the
    /// database's do (`lastPositions`), the others read and decoded.
    private static func rows(of amhpIDs: Set<String>, lastPositions: [String: Int], cache: TOILLedgerCache?,
                             on sql: any SQLDatabase) async throws -> [String: TOILLedgerCache.Rows] {
        guard !amhpIDs.isEmpty else { return [:] }
        var rows: [String: TOILLedgerCache.Rows] = [:]
        var unread: Set<String> = []
        for amhpID in amhpIDs {
            // An AMHP with no rows has nothing to read.
            guard let last = lastPositions[amhpID] else { continue }
            if let kept = cache?.rows(of: amhpID, lastPosition: last) {
                rows[amhpID] = TOILLedgerCache.Rows(lastPosition: last, rows: kept)
            } else {
                unread.insert(amhpID)
            }
        }
        guard !unread.isEmpty else { return rows }
        return try await read(unread, on: sql).merging(rows) { read, _ in read }
    }

    /// The rows of the AMHPs `amhpIDs`, or of everyone, read and decoded, by AMHP in position order.
    static func read(_ amhpIDs: Set<String>?, on sql: any SQLDatabase) async throws -> [String: TOILLedgerCache.Rows] {
        let query = sql.select().column("*").from(StoredTOILEntry.schema)
        if let amhpIDs { query.where("amhp_id", .in, Array(amhpIDs)) }
        var rows: [String: TOILLedgerCache.Rows] = [:]
        for row in try await query.orderBy("position").all().map(LedgerRow.init) {
            rows[row.amhpID, default: TOILLedgerCache.Rows(lastPosition: row.position, rows: [])].rows.append(TOILLedgerCache.Row(row))
            rows[row.amhpID]?.lastPosition = row.position
        }
        return rows
    }

    /// `rows` with the records just appended after them, for the AMHPs loaded (everyone else's rows
    /// were not read, so nothing is said of them).
    func rows(adding records: [LedgerRecord]) -> [String: TOILLedgerCache.Rows] {
        var result = rows
        for record in records where amhpIDs.contains(record.entry.amhpID) {
            result[record.entry.amhpID, default: TOILLedgerCache.Rows(lastPosition: record.position, rows: [])].rows
                .append(TOILLedgerCache.Row(record))
            result[record.entry.amhpID]?.lastPosition = record.position
        }
        return result
    }

    /// `scope` with every AMHP the entries name and every entry they correct, when not loaded already.
    func widened(_ scope: TOILLedgerScope, toCover entries: [TOILEntry]) -> TOILLedgerScope {
        // Everyone with an entry is loaded already; anyone else has nothing to load.
        if scope.everyone { return scope }
        var wider = scope
        for entry in entries {
            if !entry.amhpID.isEmpty, !amhpIDs.contains(entry.amhpID) { wider.amhpIDs.insert(entry.amhpID) }
            if let corrected = entry.kind.correctedEntryID, ledger.entry(id: corrected) == nil, !resolvedEntryIDs.contains(corrected) {
                wider.entryIDs.insert(corrected)
            }
        }
        return wider
    }
}
