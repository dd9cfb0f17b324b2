import FluentKit
import Foundation
import Storage
import Testing
import Workforce

/// A ledger damaged behind the repository's back: every damaged row is listed, and a void sets one
/// aside so the ledger loads again, without a row being edited or deleted.
@Suite struct TOILLedgerRepairTests {
    static let ids: Set<String> = ["A01", "A02"]

    static func date(_ text: String) throws -> LocalDate { try #require(LocalDate(text)) }

    /// Two sound entries: A01 earns 5 h, then takes 1 h.
    static func seed(_ repository: TOILLedgerRepository) async throws {
        let october1 = try date("2026-10-01"), october5 = try date("2026-10-05")
        try await repository.append(TOILEntry(id: "e1", amhpID: "A01", kind: .accrued, date: october1, hours: 5, reason: "Assessment overran",
                                              recordedBy: "hr.jo", approvedBy: "Sam (TM)"), hubAMHPIDs: ids)
        try await repository.append(TOILEntry(id: "e2", amhpID: "A01", kind: .taken, date: october5, hours: 1, recordedBy: "hr.jo"),
                                    hubAMHPIDs: ids)
    }

    @Test(arguments: TestBackend.available)
    func aRowDatedInYear999IsListedAndVoidingItLetsTheLedgerLoad(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await Self.seed(repository)
            try await RawSQL.insertLedgerRow(store.database, position: 2, entryID: "bad", date: "999-12-31")
            await #expect(throws: StorageError.unreadableValue(table: "toil_entries", field: "date", value: "999-12-31")) {
                try await repository.ledger(hubAMHPIDs: Self.ids)
            }

            let inspection = try await repository.inspect()
            #expect(!inspection.isHealthy && inspection.rowCount == 3 && inspection.voidedCount == 0)
            #expect(inspection.damage == [LedgerDamage(position: 2, entryID: "bad", field: "date", storedValue: "999-12-31",
                                                       problem: "The stored value is not a date AMHP Planner can read (YYYY-MM-DD).")])

            let october20 = try Self.date("2026-10-20")
            let void = try await repository.void(entryID: "bad", reason: "Date stored as 999-12-31", recordedBy: "ops.kim",
                                                 recordedOn: october20)
            #expect(void.position == 3)
            #expect(void.entry == TOILEntry(id: "void-bad", amhpID: "A01", kind: .void(of: "bad"), date: october20, hours: .zero,
                                            reason: "Date stored as 999-12-31", recordedBy: "ops.kim", recordedOn: october20))

            let ledger = try await repository.ledger(hubAMHPIDs: Self.ids)
            ledger.checkInvariants()
            #expect(ledger.entries.map(\.id) == ["e1", "e2", "void-bad"])
            #expect(ledger.balance(of: "A01", asOf: october20).held == 4)
            #expect(ledger.history(of: "A01").last?.entry.id == "void-bad")
            #expect(ledger.history(of: "A01").last?.signedHours == .zero)
            #expect(try await repository.inspect() == LedgerInspection(rowCount: 4, voidedCount: 1, damage: []))
            #expect(try await repository.records().map(\.position) == [0, 1, 3])

            let events = try await AuditLogRepository(database: store.database).events(actor: "ops.kim").filter { $0.action == "toil.void" }
            #expect(events.count == 1 && events.first?.actor == "ops.kim" && events.first?.detail.contains(#""voids":"bad""#) == true)

            // The ledger takes entries again, after every stored row.
            let appended = try await repository.append(hubAMHPIDs: Self.ids) { _, next in
                [TOILEntry(id: "E\(next + 1)", amhpID: "A02", kind: .adjustment(.credit), date: october20, hours: 2, reason: "Opening",
                           recordedBy: "hr.jo")]
            }
            #expect(appended.records.map(\.position) == [4] && appended.records.map(\.entry.id) == ["E5"])
        }
    }

    @Test(arguments: TestBackend.available)
    func everyDamagedRowIsListedWithItsFieldThenVoidedOneByOne(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await Self.seed(repository)
            try await RawSQL.insertLedgerRow(store.database, position: 2, entryID: "odd", kind: "bonus", date: "2026-10-05")
            // Reads, but takes more than A01 holds.
            try await RawSQL.insertLedgerRow(store.database, position: 3, entryID: "greedy", kind: "taken", date: "2026-10-05",
                                             hundredths: 900, reason: "", approvedBy: nil)
            try await RawSQL.insertLedgerRow(store.database, position: 4, entryID: "blank", date: "2026-10-05", reason: "")
            let damage = try await repository.inspect().damage
            #expect(damage.map(\.position) == [2, 3, 4])
            #expect(damage.map(\.field) == ["kind", "hours_hundredths", "reason"])
            #expect(damage.map(\.storedValue) == ["bonus", "900", ""])
            #expect(damage[1].problem.hasPrefix("Entry greedy: needs 9 h on 2026-10-05"))

            let today = try Self.date("2026-10-20")
            for id in ["odd", "greedy"] {
                try await repository.void(entryID: id, reason: "Written outside AMHP Planner", recordedBy: "ops.kim", recordedOn: today)
                await #expect(throws: StorageError.self) { try await repository.ledger(hubAMHPIDs: Self.ids) }
            }
            try await repository.void(entryID: "blank", reason: "Written outside AMHP Planner", recordedBy: "ops.kim", recordedOn: today)
            let ledger = try await repository.ledger(hubAMHPIDs: Self.ids)
            #expect(ledger.balance(of: "A01", asOf: today).held == 4)
            #expect(try await repository.inspect().isHealthy)
        }
    }

    @Test(arguments: TestBackend.available)
    func voidingASoundUnknownOrVoidedEntryIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await Self.seed(repository)
            let today = try Self.date("2026-10-20")
            await #expect(throws: StorageError.soundLedgerEntry("e1")) {
                try await repository.void(entryID: "e1", reason: "Mistake", recordedBy: "ops.kim", recordedOn: today)
            }
            await #expect(throws: StorageError.unknownLedgerEntry("E1")) {
                try await repository.void(entryID: "E1", reason: "Mistake", recordedBy: "ops.kim", recordedOn: today)
            }
            try await RawSQL.insertLedgerRow(store.database, position: 2, entryID: "bad", date: "999-12-31")
            await #expect(throws: TOILLedgerError.missingField(entryID: "void-bad", field: "reason")) {
                try await repository.void(entryID: "bad", reason: " ", recordedBy: "ops.kim", recordedOn: today)
            }
            try await repository.void(entryID: "bad", reason: "Unreadable date", recordedBy: "ops.kim", recordedOn: today)
            await #expect(throws: TOILLedgerError.alreadyVoided(entryID: "void-bad", voidedID: "bad", voidID: "void-bad")) {
                try await repository.void(entryID: "bad", reason: "Again", recordedBy: "ops.kim", recordedOn: today)
            }
            #expect(StorageError.soundLedgerEntry("e1").description.contains("Fix: void only an entry `amhp toil repair` lists"))
            #expect(try await repository.records().count == 3)
        }
    }

    @Test func aVoidIsNoKindPeopleRecordAndMovesNothing() throws {
        let october1 = try Self.date("2026-10-01")
        #expect(!TOILEntryRequest.kindCodes.contains("void"))
        #expect(TOILEntryKind(code: "void", correctedEntryID: "E4") == .void(of: "E4"))
        #expect(TOILEntryKind.void(of: "E4").code == "void" && TOILEntryKind.void(of: "E4").sign == 0)
        var ledger = TOILLedger(amhpIDs: ["A01"])
        try ledger.append(TOILEntry(id: "e1", amhpID: "A01", kind: .accrued, date: october1, hours: 5, reason: "Overran",
                                    recordedBy: "hr", approvedBy: "Sam"))
        #expect(throws: TOILLedgerError.voidOfLedgerEntry(entryID: "v1", voidedID: "e1")) {
            try ledger.append(TOILEntry(id: "v1", amhpID: "A01", kind: .void(of: "e1"), date: october1, hours: .zero,
                                        reason: "No", recordedBy: "ops"))
        }
        #expect(throws: TOILLedgerError.voidWithHours(entryID: "v1", hours: 1)) {
            try ledger.append(TOILEntry(id: "v1", amhpID: "A01", kind: .void(of: "gone"), date: october1, hours: 1,
                                        reason: "No", recordedBy: "ops"))
        }
        // A void whose entry could not say whose it was belongs to no one's history.
        try ledger.append(TOILEntry(id: "v1", amhpID: "", kind: .void(of: "gone"), date: october1, hours: .zero, reason: "Unreadable",
                                    recordedBy: "ops"))
        ledger.checkInvariants()
        #expect(ledger.amhpIDsWithEntries == ["A01"])
        #expect(ledger.balance(of: "A01", asOf: october1).held == 5)
        #expect(throws: TOILLedgerError.duplicateID("gone")) {
            try ledger.append(TOILEntry(id: "gone", amhpID: "A01", kind: .taken, date: october1, hours: 1, recordedBy: "hr"))
        }
        // Payroll lists A01 alone: a void is no one's movement.
        let month = try #require(Month("2026-10"))
        #expect(TOILPayrollCSV.text(for: month, ledger: ledger).split(whereSeparator: \.isNewline).count == 2)
    }
}
