import FluentKit
import Foundation
import Storage
import Testing
import Workforce

/// Rotas: drafts with their assignments, hand edits, and a month's numbered published versions.
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
    func publishingSupersedesTheMonthsEarlierRotaAndNumbersTheVersions(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let first = try await rotas.saveDraft(Self.solved, createdBy: "sam")
            let one = try await rotas.publish(id: first.id, by: "sam")
            #expect(one.version == 1 && one.changeKind == .publish && one.basedOn == nil)
            #expect(try await rotas.published(month: Self.december)?.record.id == first.id)
            await #expect(throws: StorageError.rotaNotDraft(first.id)) {
                try await rotas.updateDraft(id: first.id, assignments: [], by: "sam")
            }
            let second = try await rotas.saveDraft(Self.rota([("A01", "2026-12-02", "L", false)]), createdBy: "sam")
            let published = try await rotas.publish(id: second.id, by: "lee")
            #expect(published.status == .published && published.publishedBy == "lee")
            #expect(published.version == 2 && published.basedOn == first.id)
            #expect(try await rotas.published(month: Self.december)?.record.id == second.id)
            // The first stays as it was published, superseded rather than sent back to draft.
            let superseded = try #require(try await rotas.rota(id: first.id))
            #expect(superseded.record.status == .superseded && superseded.record.version == 1 && superseded.rota == Self.solved)
            await #expect(throws: StorageError.rotaNotDraft(first.id)) { try await rotas.publish(id: first.id, by: "sam") }
            #expect(try await rotas.versions(month: Self.december).map(\.id) == [first.id, second.id])
            let log = try await AuditLogRepository(database: store.database).events(subject: "rota:\(second.id)")
            #expect(log.first?.detail.contains(first.id.uuidString) == true)
        }
    }

    /// Helen (A01) off sick on 1 December: the version made without her shift is the month's
    /// version 2, based on version 1, and reads back with exactly the assignments given.
    @Test(arguments: TestBackend.available)
    func aNewVersionIsMadeFromThePublishedOneWithWhoWhyAndWhat(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let first = try await rotas.saveDraft(Self.solved, createdBy: "sam")
            try await rotas.publish(id: first.id, by: "sam")
            let without = Self.solved.assignments.filter { $0.amhpID != "A01" }
            let reason = "Helen Shaw (A01) sick 2026-12-01"
            let version = try await rotas.publishVersion(month: Self.december, assignments: without, kind: .absence,
                                                         reason: reason, by: "lee")
            #expect(version.status == .published && version.version == 2 && version.basedOn == first.id)
            #expect(version.changeKind == .absence && version.changeReason == reason && version.publishedBy == "lee")
            let current = try #require(try await rotas.published(month: Self.december))
            #expect(current.record == version && Set(current.rota.assignments) == Set(without))
            #expect(try await rotas.rota(id: first.id)?.record.status == .superseded)
            #expect(try await rotas.versions(month: Self.december).map(\.version) == [1, 2])
            let log = try await AuditLogRepository(database: store.database).events(subject: "rota:\(version.id)")
            #expect(log.first?.action == "rota.version" && log.first?.detail.contains(reason) == true)
        }
    }

    /// No published rota, no version: nothing is written.
    @Test func aMonthWithNoPublishedRotaHasNoVersionToMake() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            try await rotas.saveDraft(Self.solved, createdBy: "sam")
            await #expect(throws: StorageError.noPublishedRota(Self.december)) {
                try await rotas.publishVersion(month: Self.december, assignments: [], kind: .absence, reason: "none", by: "sam")
            }
            #expect(try await rotas.versions(month: Self.december).isEmpty)
            #expect(try await rotas.rotas(month: Self.december).count == 1)
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
