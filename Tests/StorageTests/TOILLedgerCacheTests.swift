import FluentKit
import SQLKit
import Foundation
@testable import Storage
import Testing
import Workforce

/// Each AMHP's decoded TOIL rows kept between reads (`TOILLedgerCache`): a kept read is the ledger a
/// fresh read gives, another instance's appends are seen at once, an append that rolls back is never
/// kept, and a damaged row voided behind the cache's back is left out as a fresh read leaves it out.
@Suite struct TOILLedgerCacheTests {
    static func day(_ text: String) throws -> LocalDate { try #require(LocalDate(text)) }

    /// Two instances, each with its own cache, append 600 random entries (corrections and back-dated
    /// entries among them) in turns; after every batch each reads the AMHPs concerned through its cache.
    @Test(arguments: TestBackend.available)
    func twoInstancesReadEachOthersAppendsThroughTheirCaches(backend: TestBackend) async throws {
        var stream = RandomTOILStream(seed: 29, people: 5)
        let entries = stream.take(600)
        #expect(entries.contains { $0.kind.correctedEntryID != nil })
        let people = Set(stream.people)
        try await backend.withDatabase { store async throws in
            let instances = [TOILLedgerRepository(database: store.database, cache: TOILLedgerCache()),
                             TOILLedgerRepository(database: store.database, cache: TOILLedgerCache())]
            let fresh = TOILLedgerRepository(database: store.database)
            var appended: [TOILEntry] = []
            for (turn, start) in stride(from: 0, to: entries.count, by: 20).enumerated() {
                let batch = Array(entries[start..<min(start + 20, entries.count)])
                let writer = instances[turn % 2], reader = instances[(turn + 1) % 2]
                try await writer.append(concerning: TOILLedgerScope(amhpIDs: Set(batch.map(\.amhpID))), hubAMHPIDs: people) { _, _ in batch }
                appended += batch
                let expected = try TOILLedger(entries: appended, amhpIDs: people)
                for amhpID in Set(batch.map(\.amhpID)) {
                    let scope = TOILLedgerScope(amhpIDs: [amhpID])
                    for repository in [reader, writer] {
                        let kept = try await repository.ledger(concerning: scope, hubAMHPIDs: people)
                        #expect(kept.entries == expected.entries(of: amhpID), "turn \(turn) \(amhpID)")
                        #expect(kept.balance(of: amhpID, asOf: stream.today) == expected.balance(of: amhpID, asOf: stream.today))
                    }
                    #expect(try await fresh.ledger(concerning: scope, hubAMHPIDs: people).entries == expected.entries(of: amhpID))
                }
            }
            let counts = instances.map { $0.cache?.count }
            #expect(counts == [people.count, people.count])
        }
    }

    /// An append inside a transaction that then rolls back leaves nothing kept: the next entry takes its
    /// position, and the cache holds that entry, never the one rolled back.
    @Test(arguments: TestBackend.available)
    func anAppendThatRollsBackIsNeverKept(backend: TestBackend) async throws {
        struct Abandoned: Error {}
        let october1 = try Self.day("2026-10-01")
        @Sendable func accrued(_ id: String, _ hours: TOILHours) -> TOILEntry {
            TOILEntry(id: id, amhpID: "A01", kind: .accrued, date: october1, hours: hours, reason: "Late assessment",
                      recordedBy: "hr.jo", approvedBy: "Sam (TM)", recordedOn: october1)
        }
        try await backend.withDatabase { store async throws in
            let cache = TOILLedgerCache()
            let repository = TOILLedgerRepository(database: store.database, cache: cache)
            try await repository.append(accrued("e1", 5), hubAMHPIDs: ["A01"])
            #expect(try await repository.ledger(concerning: TOILLedgerScope(amhpIDs: ["A01"]), hubAMHPIDs: nil).entries.map(\.id) == ["e1"])
            await #expect(throws: Abandoned.self) {
                try await StorageTransaction.write(on: store.database) { transaction in
                    let inside = TOILLedgerRepository(database: transaction, cache: cache)
                    try await inside.append(accrued("rolled-back", 9), hubAMHPIDs: ["A01"])
                    #expect(try await inside.ledger(concerning: TOILLedgerScope(amhpIDs: ["A01"]), hubAMHPIDs: nil).entries.count == 2)
                    throw Abandoned()
                }
            }
            let e2 = try await repository.append(accrued("e2", 1), hubAMHPIDs: ["A01"])
            #expect(e2.position == 1, "the rolled-back entry's position is taken again")
            let kept = try await repository.ledger(concerning: TOILLedgerScope(amhpIDs: ["A01"]), hubAMHPIDs: nil)
            #expect(kept.entries.map(\.id) == ["e1", "e2"])
            #expect(kept.balance(of: "A01", asOf: october1).held == 6)
        }
    }

    /// A damaged row stops a read through the cache as it stops a fresh one; once voided, both leave it out.
    @Test(arguments: TestBackend.available)
    func aDamagedRowVoidedIsLeftOutOfAKeptRead(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database, cache: TOILLedgerCache())
            try await TOILLedgerRepairTests.seed(repository)
            let scope = TOILLedgerScope(amhpIDs: ["A01"])
            #expect(try await repository.ledger(concerning: scope, hubAMHPIDs: nil).entries.map(\.id) == ["e1", "e2"])
            try await RawSQL.insertLedgerRow(store.database, position: 2, entryID: "bad", date: "999-12-31")
            await #expect(throws: StorageError.unreadableValue(table: "toil_entries", field: "date", value: "999-12-31")) {
                try await repository.ledger(concerning: scope, hubAMHPIDs: nil)
            }
            try await TOILLedgerRepository(database: store.database)
                .void(entryID: "bad", reason: "Date stored as 999-12-31", recordedBy: "ops.kim", recordedOn: try Self.day("2026-10-20"))
            let kept = try await repository.ledger(concerning: scope, hubAMHPIDs: nil)
            #expect(kept.entries.map(\.id) == ["e1", "e2", "void-bad"])
            #expect(kept.balance(of: "A01", asOf: try Self.day("2026-10-20")).held == 4)
        }
    }

    /// A cache filled at start (`fillCache`) holds every AMHP's rows and ledger, and answers as a fresh read does;
    /// rows read before an append never replace the rows kept after it.
    @Test(arguments: TestBackend.available)
    func aFilledCacheAnswersAsAFreshReadAndKeepsTheNewestRows(backend: TestBackend) async throws {
        var stream = RandomTOILStream(seed: 31, people: 4)
        let entries = stream.take(120)
        let people = Set(stream.people)
        try await backend.withDatabase { store async throws in
            let fresh = TOILLedgerRepository(database: store.database)
            try await fresh.append(concerning: TOILLedgerScope(amhpIDs: people), hubAMHPIDs: people) { _, _ in entries }
            let cache = TOILLedgerCache()
            let filled = TOILLedgerRepository(database: store.database, cache: cache)
            let before = try await StorageTransaction.read(on: store.database) { try await ScopedLedger.read(nil, on: SQLFlavour.sql($0)) }
            try await filled.fillCache()
            #expect(cache.count == people.count)
            for amhpID in people {
                let last = try #require(before[amhpID]?.lastPosition)
                #expect(cache.rows(of: amhpID, lastPosition: last)?.built != nil, "\(amhpID)'s ledger built when filled")
                let scope = TOILLedgerScope(amhpIDs: [amhpID])
                let kept = try await filled.ledger(concerning: scope, hubAMHPIDs: people)
                let read = try await fresh.ledger(concerning: scope, hubAMHPIDs: people)
                #expect(kept.entries == read.entries && kept.amhpIDs == read.amhpIDs)
                #expect(kept.balance(of: amhpID, asOf: stream.today) == read.balance(of: amhpID, asOf: stream.today))
            }
            let amhpID = try #require(entries.last?.amhpID)
            let extra = TOILEntry(id: "late", amhpID: amhpID, kind: .accrued, date: stream.today, hours: 1, reason: "Late assessment",
                                  recordedBy: "hr.jo", approvedBy: "Sam (TM)", recordedOn: stream.today)
            let record = try await filled.append(extra, hubAMHPIDs: people)
            cache.keep(before)
            #expect(cache.rows(of: amhpID, lastPosition: record.position)?.rows.last?.entryID == "late")
        }
    }
}
