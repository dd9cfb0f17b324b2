import FluentKit
import Foundation
import Storage
import Testing
import Workforce

/// Rotas: drafts with their assignments, hand edits, and one published rota a month.
@Suite struct RotaRepositoryTests {
    static let december = Month("2026-12")!

    static func rota(_ shifts: [(String, String, String, Bool)]) -> Rota {
        Rota(month: december, assignments: shifts.map {
            Assignment(amhpID: $0.0, date: LocalDate($0.1)!, shiftCode: $0.2, isCoordinator: $0.3)
        })
    }

    static let solved = rota([("A01", "2026-12-01", "D", true), ("A02", "2026-12-01", "D", false), ("A03", "2026-12-01", "N", true)])

    @Test(arguments: TestBackend.available)
    func aDraftComesBackWithItsAssignments(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let draft = try await rotas.saveDraft(Self.solved, createdBy: "sam", objective: 1234.5, report: #"{"gap":0.004}"#)
            #expect(draft.status == .draft && draft.month == Self.december && draft.objective == 1234.5)
            let saved = try #require(try await rotas.rota(id: draft.id))
            #expect(saved.rota == Self.solved)
            #expect(saved.record == draft)
            #expect(try await rotas.rotas(month: Self.december).map(\.id) == [draft.id])
            #expect(try await rotas.rota(id: UUID()) == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func publishingWithdrawsTheMonthsEarlierRota(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let first = try await rotas.saveDraft(Self.solved, createdBy: "sam")
            try await rotas.publish(id: first.id, by: "sam")
            #expect(try await rotas.published(month: Self.december)?.record.id == first.id)
            await #expect(throws: StorageError.rotaNotDraft(first.id)) {
                try await rotas.updateDraft(id: first.id, assignments: [], by: "sam")
            }
            let second = try await rotas.saveDraft(Self.rota([("A01", "2026-12-02", "L", false)]), createdBy: "sam")
            let published = try await rotas.publish(id: second.id, by: "lee")
            #expect(published.status == .published && published.publishedBy == "lee")
            #expect(try await rotas.published(month: Self.december)?.record.id == second.id)
            #expect(try await rotas.rota(id: first.id)?.record.status == .draft)
            let log = try await AuditLogRepository(database: store.database).events(subject: "rota:\(second.id)")
            #expect(log.first?.detail.contains(first.id.uuidString) == true)
        }
    }

    @Test func aHandEditReplacesTheDraftsAssignments() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let draft = try await rotas.saveDraft(Self.solved, createdBy: "sam")
            let edited = Self.rota([("A04", "2026-12-01", "D", true)])
            try await rotas.updateDraft(id: draft.id, assignments: edited.assignments, report: #"{"edited":true}"#, by: "sam")
            let saved = try #require(try await rotas.rota(id: draft.id))
            #expect(saved.rota == edited && saved.record.report == #"{"edited":true}"#)
            try await rotas.deleteDraft(id: draft.id, by: "sam")
            #expect(try await rotas.rota(id: draft.id) == nil)
            #expect(try await StoredRotaAssignment.query(on: store.database).count() == 0)
            await #expect(throws: StorageError.unknownRota(draft.id)) { try await rotas.publish(id: draft.id, by: "sam") }
            await #expect(throws: StorageError.invalidJSON(field: "report")) {
                try await rotas.saveDraft(Self.solved, createdBy: "sam", report: "gap 0.4%")
            }
        }
    }
}
