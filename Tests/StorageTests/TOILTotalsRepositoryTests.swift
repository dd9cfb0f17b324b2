import FluentKit
import Foundation
import SQLKit
@testable import Storage
import Testing
import Workforce

/// The TOIL ledger's running totals in the database: kept in step with every append, checked against
/// a full replay, rebuilt from one; and appends checked against the entries of the AMHPs concerned only.
@Suite struct TOILTotalsRepositoryTests {
    static let people: Set<String> = ["A01", "A02"]
    static func day(_ text: String) throws -> LocalDate { try #require(LocalDate(text)) }

    static func accrued(_ id: String, _ amhpID: String, _ hours: TOILHours, on date: LocalDate) -> TOILEntry {
        TOILEntry(id: id, amhpID: amhpID, kind: .accrued, date: date, hours: hours, reason: "Assessment overran",
                  recordedBy: "hr.jo", approvedBy: "Sam (TM)")
    }

    static func taken(_ id: String, _ amhpID: String, _ hours: TOILHours, on date: LocalDate) -> TOILEntry {
        TOILEntry(id: id, amhpID: amhpID, kind: .taken, date: date, hours: hours, recordedBy: "hr.jo")
    }

    @Test(arguments: TestBackend.available)
    func anEmptyLedgerMatchesItsReplay(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            #expect(try await repository.verifyTotals() == TOILTotalsCheck(entryCount: 0, differences: [], damagedEntryIDs: []))
            #expect(try await repository.totals() == TOILTotals())
        }
    }

    /// 5,000 random entries of every kind (corrections, back-dated entries, plans) for eight AMHPs over
    /// fourteen months, appended in batches: the stored totals are exactly a full replay.
    @Test(arguments: TestBackend.available)
    func runningTotalsEqualAFullReplayAfter5000RandomEntries(backend: TestBackend) async throws {
        var stream = RandomTOILStream(seed: 17)
        let entries = stream.take(5_000)
        #expect(entries.contains { $0.kind.correctedEntryID != nil } && entries.contains { $0.kind == .planned })
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            // Short transactions: every PostgreSQL test's writes queue on the one advisory lock.
            for start in stride(from: 0, to: entries.count, by: 25) {
                let batch = Array(entries[start..<min(start + 25, entries.count)])
                try await repository.append(concerning: TOILLedgerScope(amhpIDs: Set(batch.map(\.amhpID))),
                                            hubAMHPIDs: Set(stream.people)) { _, _ in batch }
            }
            let check = try await repository.verifyTotals()
            #expect(check == TOILTotalsCheck(entryCount: 5_000, differences: [], damagedEntryIDs: []))
            let stored = try await repository.totals()
            #expect(stored == TOILTotals.replay(stream.ledger))
            #expect(Set(stored.months.keys.map(\.month)).count >= 12)
            for amhpID in stream.people {
                let month = Month(containing: stream.today)
                #expect(stored.statement(of: amhpID, for: month) == stream.ledger.statement(of: amhpID, for: month))
                let own = try await repository.ledger(concerning: TOILLedgerScope(amhpIDs: [amhpID]), hubAMHPIDs: Set(stream.people))
                #expect(own.entries == stream.ledger.entries(of: amhpID))
                #expect(own.balance(of: amhpID, asOf: stream.today) == stream.ledger.balance(of: amhpID, asOf: stream.today))
            }
        }
    }

    /// Amy earns 6 h and takes 4 h in October; her taking is then changed to 9 h in `toil_totals` behind
    /// the repository's back: the check names her, the month and the figure, and a rebuild puts it right.
    @Test(arguments: TestBackend.available)
    func aCorruptedTotalIsNamedAndRebuilt(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await repository.append(Self.accrued("e1", "A01", 6, on: try Self.day("2026-10-01")), hubAMHPIDs: Self.people)
            try await repository.append(Self.taken("t1", "A01", 4, on: try Self.day("2026-10-05")), hubAMHPIDs: Self.people)
            #expect(try await repository.verifyTotals().matches)
            try await RawSQL.sql(store.database).raw(
                "UPDATE toil_totals SET taken_hundredths = 900 WHERE amhp_id = 'A01' AND month = '2026-10'").run()

            let check = try await repository.verifyTotals()
            #expect(!check.matches && check.entryCount == 2)
            #expect(check.differences.map(\.description) == ["A01 2026-10: taken is 9 stored but 4 by replay"])

            let before = try await repository.rebuildTotals(by: "ops.kim")
            #expect(before == check)
            #expect(try await repository.verifyTotals().matches)
            #expect(try await repository.totals().statement(of: "A01", for: Month(containing: try Self.day("2026-10-01"))).closing == 2)
            let events = try await AuditLogRepository(database: store.database).events(actor: "ops.kim")
            #expect(events.map(\.action) == ["toil.rebuild_totals"])
        }
    }

    /// An append that would break a rule through someone else's entries is refused, though only the
    /// AMHPs concerned are loaded; nothing is written, totals included.
    @Test(arguments: TestBackend.available)
    func anAppendIsCheckedAsTheWholeLedgerWouldCheckIt(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            let october1 = try Self.day("2026-10-01"), october10 = try Self.day("2026-10-10"), october20 = try Self.day("2026-10-20")
            try await repository.append(Self.accrued("amy-1", "A01", 6, on: october1), hubAMHPIDs: Self.people)
            try await repository.append(Self.accrued("amy-2", "A01", 2, on: october20), hubAMHPIDs: Self.people)
            let before = try await TableCounts(store.database)

            // Beth's entry may not take an id Amy's entry has.
            await #expect(throws: TOILLedgerError.duplicateID("amy-1")) {
                try await repository.append(Self.accrued("amy-1", "A02", 1, on: october20), hubAMHPIDs: Self.people)
            }
            // Beth's entry recorded on 10 October comes after Amy's recorded on the 20th.
            await #expect(throws: TOILLedgerError.recordedOutOfOrder(entryID: "beth-1", recordedOn: october10, lastRecordedOn: october20)) {
                try await repository.append(Self.accrued("beth-1", "A02", 1, on: october10), hubAMHPIDs: Self.people)
            }
            // A correction filed under Beth cannot cancel Amy's entry.
            let misfiled = TOILEntry(id: "c1", amhpID: "A02", kind: .correction(of: "amy-1"), date: october1, hours: 6,
                                     reason: "Keyed in error", recordedBy: "hr.jo", recordedOn: october20)
            await #expect(throws: TOILLedgerError.correctionMismatch(entryID: "c1", correctedID: "amy-1", field: "AMHP")) {
                try await repository.append(misfiled, hubAMHPIDs: Self.people)
            }
            // Amy may not take more than she holds.
            await #expect(throws: TOILLedgerError.insufficientHours(entryID: "amy-3", date: october20, needed: 9, held: 8, planned: 0)) {
                try await repository.append(Self.taken("amy-3", "A01", 9, on: october20), hubAMHPIDs: Self.people)
            }
            #expect(try await TableCounts(store.database) == before)

            // Beth's own entry, recorded after Amy's, is appended at the next position.
            let record = try await repository.append(Self.accrued("beth-2", "A02", 1, on: october20), hubAMHPIDs: Self.people)
            #expect(record.position == 2)
            let bethsOnly = try await repository.ledger(concerning: TOILLedgerScope(amhpIDs: ["A02"]), hubAMHPIDs: Self.people)
            #expect(bethsOnly.entries.map(\.id) == ["beth-2"])
            #expect(try await repository.verifyTotals().matches)
        }
    }

    /// A database from before the totals: the migration fills them by replaying the ledger as it stands.
    @Test(arguments: TestBackend.available)
    func theMigrationFillsTheTotalsFromTheLedger(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            var stream = RandomTOILStream(seed: 4, people: 3)
            let entries = stream.take(300)
            try await repository.append(hubAMHPIDs: nil) { _, _ in entries }
            try await CreateTOILTotals().revert(on: store.database)
            try await CreateTOILTotals().prepare(on: store.database)
            #expect(try await repository.totals() == TOILTotals.replay(stream.ledger))
            #expect(try await repository.verifyTotals().matches)
        }
    }
}
