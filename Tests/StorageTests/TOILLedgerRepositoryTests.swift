import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce

/// The TOIL ledger in the database: appends checked against the rebuilt ledger, nothing written on refusal.
@Suite struct TOILLedgerRepositoryTests {
    static let ids: Set<String> = ["A01", "A02"]
    static let october1 = LocalDate("2026-10-01")!
    static let october5 = LocalDate("2026-10-05")!

    static func accrued(_ id: String, _ amhpID: String = "A01", hours: TOILHours = 5, on date: LocalDate = october1) -> TOILEntry {
        TOILEntry(id: id, amhpID: amhpID, kind: .accrued, date: date, hours: hours, reason: "Assessment overran",
                  recordedBy: "hr.jo", approvedBy: "Sam (TM)")
    }

    static func taken(_ id: String, hours: TOILHours, on date: LocalDate = october5) -> TOILEntry {
        TOILEntry(id: id, amhpID: "A01", kind: .taken, date: date, hours: hours, recordedBy: "hr.jo")
    }

    @Test(arguments: TestBackend.available)
    func entriesComeBackInOrderAsTheSameLedger(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            var expected = TOILLedger(amhpIDs: Self.ids)
            let entries = [Self.accrued("e1"), Self.accrued("e2", "A02", hours: 2.25), Self.taken("e3", hours: 1.5),
                           TOILEntry.correction(of: Self.accrued("e1"), id: "e4", reason: "Keyed twice", recordedBy: "hr.jo",
                                                recordedOn: Self.october5)]
            for (position, entry) in entries.enumerated() {
                if entry.id == "e4" {
                    await #expect(throws: TOILLedgerError.self) { try await repository.append(entry, hubAMHPIDs: Self.ids) }
                    continue
                }
                let record = try await repository.append(entry, hubAMHPIDs: Self.ids)
                #expect(record.position == position)
                try expected.append(entry)
            }
            let ledger = try await repository.ledger(hubAMHPIDs: Self.ids)
            #expect(ledger == expected)
            ledger.checkInvariants()
            #expect(ledger.balance(of: "A01", asOf: Self.october5).held == 3.5)
            #expect(try await repository.records().map(\.position) == [0, 1, 2])
        }
    }

    @Test(arguments: TestBackend.available)
    func aRefusedEntryWritesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await repository.append(Self.accrued("e1", hours: 4), hubAMHPIDs: Self.ids)
            let before = try await TableCounts(store.database)
            await #expect(throws: TOILLedgerError.insufficientHours(entryID: "t1", date: Self.october5, needed: 6, held: 4, planned: 0)) {
                try await repository.append(Self.taken("t1", hours: 6), hubAMHPIDs: Self.ids)
            }
            await #expect(throws: TOILLedgerError.duplicateID("e1")) {
                try await repository.append(Self.accrued("e1"), hubAMHPIDs: Self.ids)
            }
            await #expect(throws: TOILLedgerError.unknownAMHP(entryID: "x1", amhpID: "Z99")) {
                try await repository.append(Self.accrued("x1", "Z99"), hubAMHPIDs: Self.ids)
            }
            #expect(try await TableCounts(store.database) == before)
        }
    }

    @Test func aBatchIsAppendedWholeOrNotAtAll() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            await #expect(throws: TOILLedgerError.self) {
                try await repository.append(hubAMHPIDs: Self.ids) { _, _ in [Self.accrued("e1", hours: 2), Self.taken("t1", hours: 3)] }
            }
            #expect(try await repository.records().isEmpty)
            let appended = try await repository.append(hubAMHPIDs: Self.ids) { _, next in
                [Self.accrued("E\(next + 1)", hours: 2), Self.taken("E\(next + 2)", hours: 2)]
            }
            #expect(appended.records.map(\.entry.id) == ["E1", "E2"])
            #expect(appended.records.map(\.position) == [0, 1])
            #expect(appended.ledger == (try await repository.ledger(hubAMHPIDs: Self.ids)))
        }
    }

    @Test func anAMHPWhoLeftKeepsTheirHistory() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await repository.append(Self.accrued("e1", "A02"), hubAMHPIDs: Self.ids)
            // A02 is no longer in the hub: their entries still load, and HR can still pay them out.
            let ledger = try await repository.ledger(hubAMHPIDs: ["A01"])
            #expect(ledger.entries.count == 1)
            let payout = TOILEntry(id: "p1", amhpID: "A02", kind: .paidOut, date: Self.october5, hours: 5, recordedBy: "hr.jo")
            try await repository.append(payout, hubAMHPIDs: ["A01"])
            await #expect(throws: TOILLedgerError.unknownAMHP(entryID: "x1", amhpID: "A03")) {
                try await repository.append(Self.accrued("x1", "A03"), hubAMHPIDs: ["A01"])
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentAppendsEachGetTheirOwnPlace(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await repository.append(Self.accrued("c\(index)", index % 2 == 0 ? "A01" : "A02", hours: 1), hubAMHPIDs: Self.ids)
                    }
                }
                try await group.waitForAll()
            }
            let records = try await repository.records()
            #expect(records.map(\.position) == Array(0..<20))
            #expect(Set(records.map(\.entry.id)).count == 20)
            try await repository.ledger(hubAMHPIDs: Self.ids).checkInvariants()
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesToChangeOrRemoveEntries(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            try await TOILLedgerRepository(database: store.database).append(Self.accrued("e1"), hubAMHPIDs: Self.ids)
            let sql = store.database as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE toil_entries SET hours_hundredths = 1").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM toil_entries").run() }
            await #expect(throws: (any Error).self) { try await StoredTOILEntry.query(on: store.database).delete() }
            #expect(try await TOILLedgerRepository(database: store.database).records().map(\.entry) == [Self.accrued("e1")])
        }
    }

    @Test func aLedgerTamperedWithOutsideIsReported() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            try await TOILLedgerRepository(database: store.database).append(Self.accrued("e1", hours: 1), hubAMHPIDs: Self.ids)
            // Written behind the repository's back: a taking of more than is held.
            let row = StoredTOILEntry()
            (row.id, row.entryID, row.amhpID, row.kind, row.date) = (1, "t9", "A01", "taken", "2026-10-05")
            (row.hoursHundredths, row.reason, row.recordedBy, row.recordedOn, row.recordedAt) = (900, "", "x", "2026-10-05", Date())
            try await row.create(on: store.database)
            await #expect(throws: StorageError.self) { try await TOILLedgerRepository(database: store.database).ledger(hubAMHPIDs: Self.ids) }
        }
    }
}
