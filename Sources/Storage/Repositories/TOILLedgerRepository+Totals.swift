import FluentKit
import Foundation
import Workforce

/// The replay check of the running totals: what `amhp toil verify` reports and `amhp toil rebuild-totals` puts right.
public struct TOILTotalsCheck: Hashable, Sendable {
    /// Entries in the ledger replayed (stored rows neither voided nor damaged).
    public let entryCount: Int
    /// Every AMHP and month whose stored totals differ from the replay.
    public let differences: [TOILTotalsDifference]
    /// Stored rows left out of the replay because they cannot be read or break a ledger rule (`amhp toil repair`).
    public let damagedEntryIDs: [String]

    public init(entryCount: Int, differences: [TOILTotalsDifference], damagedEntryIDs: [String]) {
        self.entryCount = entryCount
        self.differences = differences
        self.damagedEntryIDs = damagedEntryIDs
    }

    /// Whether the stored totals are exactly a full replay of the ledger.
    public var matches: Bool { differences.isEmpty }
}

extension TOILLedgerRepository {
    /// Replays the whole ledger (every row that reads and keeps the rules, as `inspect()` finds them)
    /// and compares the figures with the stored running totals, in one consistent read.
    public func verifyTotals() async throws -> TOILTotalsCheck {
        try await StorageTransaction.read(on: database) { snapshot in
            try await Self.check(on: snapshot)
        }
    }

    /// Replaces the stored running totals with a full replay of the ledger, read back before the commit,
    /// logged as `toil.rebuild_totals` with the number of AMHP-months that differed. Returns the check
    /// made before the rebuild.
    @discardableResult
    public func rebuildTotals(by actor: String, at date: Date = Date()) async throws -> TOILTotalsCheck {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let (check, replayed) = try await Self.checkAndReplay(on: transaction)
            try await TOILTotalsTable.replace(with: replayed, on: transaction)
            try await AuditLogRepository.append(
                on: transaction, actor: actor, action: "toil.rebuild_totals", subject: "toil", at: date,
                detail: ["entries": String(check.entryCount), "differences": String(check.differences.count),
                         "months": check.differences.map(\.key.description).joined(separator: "; ")])
            return check
        }
    }

    private static func check(on database: any Database) async throws -> TOILTotalsCheck {
        try await checkAndReplay(on: database).check
    }

    private static func checkAndReplay(on database: any Database) async throws -> (check: TOILTotalsCheck, replayed: TOILTotals) {
        let inspector = LedgerInspector(try await StoredLedger.load(on: database))
        let replayed = TOILTotals.replay(inspector.ledger)
        let stored = try await TOILTotalsTable.read(on: database)
        let check = TOILTotalsCheck(entryCount: inspector.ledger.entries.count, differences: replayed.differences(from: stored),
                                    damagedEntryIDs: inspector.damagedEntryIDs.sorted())
        return (check, replayed)
    }
}
