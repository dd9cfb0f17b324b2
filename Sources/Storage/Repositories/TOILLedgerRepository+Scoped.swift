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
        if !nested { cache?.keep(loaded.rows(keeping: loaded.ledger)) }
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
            // Outside another transaction the AMHPs' kept rows are taken, to be added to in place.
            var loaded = try await ScopedLedger.load(scope, hubAMHPIDs: hubAMHPIDs, cache: cache, taking: !nested, on: transaction)
            var entries = try makeEntries(loaded.ledger, loaded.nextPosition)
            let wider = loaded.widened(scope, toCover: entries)
            if wider != scope {
                // The entries name someone not loaded: build them again from a ledger holding everyone they name.
                scope = wider
                loaded = try await ScopedLedger.load(scope, hubAMHPIDs: hubAMHPIDs, cache: cache, taking: !nested, on: transaction)
                entries = try makeEntries(loaded.ledger, loaded.nextPosition)
            }
            var ledger = loaded.takeLedger()
            for entry in entries { try ledger.append(entry) }
            let records = try await Self.insert(entries, at: loaded.nextPosition, recordedAt: date, action: "toil.append",
                                                ledger: ledger, on: transaction)
            if loaded.amhpIDs.count == 1 { ledger.refreshReplays(of: loaded.amhpIDs) }
            return (records: records, ledger: ledger, rows: loaded.takeRows(adding: records, ledger: ledger))
        }
        // Kept only once committed: a transaction the append joined may still roll back.
        if !nested { cache?.keep(appended.rows) }
        return (appended.records, appended.ledger)
    }

    /// Reads every AMHP's rows into the cache, with their ledger built and replayed, as the service
    /// does when it starts: the first balance or append for each AMHP then need not read, decode and
    /// replay their whole history. Rows that cannot be read are kept as such, as a read keeps them
    /// (and such an AMHP's ledger is not built: reading it reports them).
    public func fillCache() async throws {
        guard let cache else { return }
        var (rows, voided) = try await StorageTransaction.read(on: database) { snapshot in
            let sql = SQLFlavour.sql(snapshot)
            return (try await ScopedLedger.read(nil, on: sql), try await LedgerEnds.read(lastPositionsOf: [], on: sql).voided)
        }
        for (amhpID, kept) in rows {
            guard var ledger = try? ScopedLedger.ledger(of: kept.rows, voided: voided, hubAMHPIDs: nil, lastRecordedOn: nil) else { continue }
            ledger.refreshReplays(of: [amhpID])
            rows[amhpID]?.built = (voided, ledger)
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
    private(set) var ledger: TOILLedger
    /// The AMHPs loaded: those asked for and those of the entries asked for.
    let amhpIDs: Set<String>
    /// The entry ids asked for that are stored (any AMHP's).
    let resolvedEntryIDs: Set<String>
    let nextPosition: Int
    /// Every loaded AMHP's rows, voided and damaged ones included, as `TOILLedgerCache` keeps them.
    private(set) var rows: [String: TOILLedgerCache.Rows]
    /// The entries voided anywhere when loaded, under which a ledger built of one AMHP's rows is kept.
    let voided: Set<String>

    /// Loads the scope's entries: for one AMHP (most reads and appends) their kept ledger when there
    /// is one, else built from their rows, kept or read, with its replay brought up to date.
    /// `taking` takes the AMHPs' rows out of `cache` (`TOILLedgerCache.take`), for an append.
    static func load(_ scope: TOILLedgerScope, hubAMHPIDs: Set<String>?, cache: TOILLedgerCache? = nil, taking: Bool = false,
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
        var rows = try await Self.rows(of: amhpIDs, lastPositions: ends.lastPositions, cache: cache, taking: taking, on: sql)
        let single = amhpIDs.count == 1 ? amhpIDs.first : nil
        if let single, var ledger = rows[single]?.takeLedger(voided: ends.voided) {
            ledger.rescope(amhpIDs: Self.known(hubAMHPIDs, withEntriesOf: ledger.entries.isEmpty ? [] : [single]),
                           lastRecordedOn: ends.lastRecordedOn)
            return ScopedLedger(ledger: ledger, amhpIDs: amhpIDs, resolvedEntryIDs: resolved, nextPosition: ends.nextPosition,
                                rows: rows, voided: ends.voided)
        }
        // One AMHP's rows are in position order already.
        let inOrder = single != nil ? rows.first?.value.rows ?? [] : rows.values.flatMap(\.rows).sorted { $0.position < $1.position }
        var ledger = try Self.ledger(of: inOrder, voided: ends.voided, hubAMHPIDs: hubAMHPIDs, lastRecordedOn: ends.lastRecordedOn)
        if single != nil { ledger.refreshReplays(of: amhpIDs) }
        return ScopedLedger(ledger: ledger, amhpIDs: amhpIDs, resolvedEntryIDs: resolved, nextPosition: ends.nextPosition,
                            rows: rows, voided: ends.voided)
    }

    /// The ledger of `rows` (in position order) without the entries voided, knowing the hub's AMHPs
    /// and anyone with entries.
    ///
    /// - Throws: why a row not voided cannot be read.
    static func ledger(of rows: [TOILLedgerCache.Row], voided: Set<String>, hubAMHPIDs: Set<String>?,
                       lastRecordedOn: LocalDate?) throws -> TOILLedger {
        let entries = try rows.compactMap { voided.contains($0.entryID) ? nil : try $0.decoded.get().entry }
        return TOILLedger(checkedEntries: entries, amhpIDs: known(hubAMHPIDs, withEntriesOf: entries.map(\.amhpID)),
                          lastRecordedOn: lastRecordedOn)
    }

    /// The AMHPs a ledger takes entries for: the hub's and anyone with entries already (nil: anyone).
    private static func known(_ hubAMHPIDs: Set<String>?, withEntriesOf amhpIDs: [String]) -> Set<String>? {
        hubAMHPIDs.map { $0.union(amhpIDs) }
    }

    /// Each AMHP's rows in position order: those kept in `cache` while they still end where the
    /// database's do (`lastPositions`), the others read and decoded.
    private static func rows(of amhpIDs: Set<String>, lastPositions: [String: Int], cache: TOILLedgerCache?, taking: Bool,
                             on sql: any SQLDatabase) async throws -> [String: TOILLedgerCache.Rows] {
        guard !amhpIDs.isEmpty else { return [:] }
        var rows: [String: TOILLedgerCache.Rows] = [:]
        var unread: Set<String> = []
        for amhpID in amhpIDs {
            // An AMHP with no rows has nothing to read.
            guard let last = lastPositions[amhpID] else { continue }
            if let kept = taking ? cache?.take(of: amhpID, lastPosition: last) : cache?.rows(of: amhpID, lastPosition: last) {
                rows[amhpID] = kept
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

    /// The ledger, no longer held here: appended to, it is then not copied whole for being shared.
    mutating func takeLedger() -> TOILLedger {
        var taken = TOILLedger()
        swap(&taken, &ledger)
        return taken
    }

    /// The rows, with `ledger` to keep beside one AMHP's.
    func rows(keeping ledger: TOILLedger) -> [String: TOILLedgerCache.Rows] {
        var result = rows
        keep(ledger, in: &result)
        return result
    }

    /// Puts `ledger` beside the rows of the one AMHP loaded (a ledger of several is not kept).
    private func keep(_ ledger: TOILLedger, in rows: inout [String: TOILLedgerCache.Rows]) {
        guard amhpIDs.count == 1, let amhpID = amhpIDs.first else { return }
        rows[amhpID]?.built = (voided, ledger)
    }

    /// The rows, no longer held here, with the records just appended after them, for the AMHPs
    /// loaded (everyone else's rows were not read, so nothing is said of them); for one AMHP, with
    /// `ledger`, which holds those records, to keep beside them.
    mutating func takeRows(adding records: [LedgerRecord], ledger: TOILLedger) -> [String: TOILLedgerCache.Rows] {
        var result: [String: TOILLedgerCache.Rows] = [:]
        swap(&result, &rows)
        for record in records where amhpIDs.contains(record.entry.amhpID) {
            result[record.entry.amhpID, default: TOILLedgerCache.Rows(lastPosition: record.position, rows: [])].rows
                .append(TOILLedgerCache.Row(record))
            result[record.entry.amhpID]?.lastPosition = record.position
            // A ledger kept with the rows holds them only as they were.
            result[record.entry.amhpID]?.built = nil
        }
        keep(ledger, in: &result)
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
