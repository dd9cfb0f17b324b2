import FluentKit
import Foundation
import Workforce

/// The recovery path for a ledger that will not load: find every damaged row, and set each aside by
/// appending a void. Nothing is edited or deleted; the append-only protection stays as it is.
///
///     let repository = TOILLedgerRepository(database: db)
///     for damage in try await repository.inspect().damage { print(damage.position, damage.entryID, damage.problem) }
///     try await repository.void(entryID: "E4", reason: "Date stored as 999-12-31", recordedBy: "ops.kim", recordedOn: today)
extension TOILLedgerRepository {
    /// Reads every stored row and reports each value that cannot be read and each ledger rule broken,
    /// as loading the ledger would meet them, but without stopping at the first.
    ///
    /// - Throws: only when the database cannot be read at all.
    public func inspect() async throws -> LedgerInspection {
        try await StorageTransaction.read(on: database) { snapshot in
            LedgerInspector(try await StoredLedger.load(on: snapshot)).inspection
        }
    }

    /// Sets aside a damaged stored entry by appending a void naming it (code `void`, zero hours), logged
    /// as `toil.void`. The void is checked by the ledger's rules and read back before it commits.
    ///
    /// The void carries the voided row's AMHP when it could be read, so it shows in their history;
    /// its date is `recordedOn`.
    ///
    /// - Throws: `StorageError.unknownLedgerEntry` when no row has the id, `StorageError.soundLedgerEntry`
    ///   when the entry is not damaged, `TOILLedgerError` when the void breaks a ledger rule (voided
    ///   already, no reason).
    @discardableResult
    public func void(entryID: String, reason: String, recordedBy: String, recordedOn: LocalDate,
                     at date: Date = Date()) async throws -> LedgerRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let stored = try await StoredLedger.load(on: transaction)
            guard let row = stored.rows.first(where: { $0.entryID == entryID }) else { throw StorageError.unknownLedgerEntry(entryID) }
            let inspector = LedgerInspector(stored)
            let void = TOILEntry(id: "void-\(entryID)", amhpID: row.undecodable.contains { $0.field == "amhp_id" } ? "" : row.amhpID,
                                 kind: .void(of: entryID), date: recordedOn, hours: .zero, reason: reason,
                                 recordedBy: recordedBy, recordedOn: recordedOn)
            if let earlier = stored.voids[entryID] {
                throw TOILLedgerError.alreadyVoided(entryID: void.id, voidedID: entryID, voidID: earlier)
            }
            guard inspector.damagedEntryIDs.contains(entryID) else { throw StorageError.soundLedgerEntry(entryID) }
            var ledger = inspector.ledger
            try ledger.append(void)
            let records = try await Self.insert([void], at: stored.nextPosition, recordedAt: date, action: "toil.void",
                                                detail: ["voids": entryID, "voided_position": String(row.position)], ledger: ledger,
                                                on: transaction)
            return records[0]
        }
    }
}

/// Replays the stored rows as loading the ledger does, noting every problem instead of stopping at one.
struct LedgerInspector {
    /// Every problem, in position order.
    private(set) var damage: [LedgerDamage] = []
    /// The ledger of every row that reads and keeps the rules: the ledger once the damage is voided.
    private(set) var ledger = TOILLedger()
    let stored: StoredLedger

    init(_ stored: StoredLedger) {
        self.stored = stored
        for (index, row) in stored.rows.enumerated() {
            if row.position != index {
                damage.append(LedgerDamage(
                    position: row.position, entryID: row.entryID, field: "position", storedValue: String(row.position),
                    problem: "Rows are only ever appended, so this row should be at position \(index); rows before it were deleted outside AMHP Planner."))
            }
            guard stored.voids[row.entryID] == nil else { continue }
            let problems = row.problems
            guard problems.isEmpty else {
                damage += problems.map { problem in
                    LedgerDamage(position: row.position, entryID: row.entryID, field: problem.field, storedValue: problem.value,
                                 problem: "The stored value \(problem.why)")
                }
                continue
            }
            do {
                try ledger.append(try row.record().entry)
            } catch let error as TOILLedgerError {
                let field = error.storedField
                damage.append(LedgerDamage(position: row.position, entryID: row.entryID, field: field, storedValue: row.text(of: field),
                                           problem: error.cause))
            } catch {
                damage.append(LedgerDamage(position: row.position, entryID: row.entryID, field: "entry_id", storedValue: row.entryID,
                                           problem: "\(error)"))
            }
        }
    }

    var inspection: LedgerInspection {
        LedgerInspection(rowCount: stored.rows.count, voidedCount: stored.rows.filter { stored.voids[$0.entryID] != nil }.count,
                         damage: damage)
    }

    /// The ids of the damaged rows: those a void may name.
    var damagedEntryIDs: Set<String> { Set(damage.map(\.entryID)) }
}

extension TOILLedgerError {
    /// The `toil_entries` column a stored entry breaking this rule is wrong in, for `amhp toil repair`.
    var storedField: String {
        switch self {
        case .emptyID, .duplicateID: "entry_id"
        case .missingField(_, let field):
            switch field {
            case "amhp id": "amhp_id"
            case "recorded by": "recorded_by"
            case "voided entry id": "corrected_entry_id"
            default: "reason"
            }
        case .missingApprover: "approved_by"
        case .unknownAMHP: "amhp_id"
        case .nonPositiveHours, .insufficientHours, .wouldOverdraw, .voidWithHours: "hours_hundredths"
        case .recordedOutOfOrder: "recorded_on"
        case .datedAfterRecording, .plannedInThePast, .notABankHoliday: "date"
        case .unknownCorrectedEntry, .correctionOfCorrection, .alreadyCorrected, .voidOfLedgerEntry, .alreadyVoided: "corrected_entry_id"
        case .correctionMismatch(_, _, let field):
            switch field {
            case "AMHP": "amhp_id"
            case "date": "date"
            default: "hours_hundredths"
            }
        }
    }
}
