import FluentKit
import Foundation
import SQLKit
@testable import Storage
import Testing
import Workforce

/// Pins kept with a draft (`rota_pins`), the migration that makes them, a re-plan's draft
/// publishing as a `replan` version, and a solve job's pins and re-plan in its parameters.
@Suite struct RotaPinRepositoryTests {
    static let december = Month("2026-12")!

    static func pin(_ amhpID: String, _ date: String, _ shift: String?) -> Pin {
        Pin(amhpID: amhpID, date: LocalDate(date)!, shiftCode: shift)
    }

    static let rota = Rota(month: december, assignments: [
        Assignment(amhpID: "A01", date: LocalDate("2026-12-14")!, shiftCode: "D", isCoordinator: true),
        Assignment(amhpID: "A02", date: LocalDate("2026-12-15")!, shiftCode: "N", isCoordinator: false),
    ])

    @Test(arguments: TestBackend.available)
    func pinsAreSavedWithADraftAndTheTableReverts(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let pins = [Self.pin("A02", "2026-12-15", "N"), Self.pin("A01", "2026-12-14", "D"), Self.pin("A03", "2026-12-14", nil)]
            let draft = try await rotas.saveDraft(Self.rota, createdBy: "sam", pins: pins)
            #expect(try await rotas.pins(rotaID: draft.id) == [Self.pin("A01", "2026-12-14", "D"), Self.pin("A03", "2026-12-14", nil),
                                                               Self.pin("A02", "2026-12-15", "N")])

            try await CreateRotaPins().revert(on: store.database)
            let sql = store.database as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT amhp_id FROM rota_pins").all() }
            #expect(try await rotas.rota(id: draft.id)?.rota == Self.rota)
            try await CreateRotaPins().prepare(on: store.database)
            #expect(try await rotas.pins(rotaID: draft.id).isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCellIsPinnedOnceUnpinnedAndOnlyOnADraft(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let draft = try await rotas.saveDraft(Self.rota, createdBy: "sam")
            try await rotas.pin(rotaID: draft.id, Self.pin("A01", "2026-12-14", "D"), assignments: nil, by: "sam")
            // Pinning the cell again replaces its pin, and sets the cell when assignments are given.
            let moved = Self.rota.assignments.filter { $0.amhpID != "A01" }
            let pins = try await rotas.pin(rotaID: draft.id, Self.pin("A01", "2026-12-14", nil), assignments: moved, by: "sam")
            #expect(pins == [Self.pin("A01", "2026-12-14", nil)])
            #expect(try await rotas.rota(id: draft.id)?.rota.assignments == moved)

            // The zero case: a cell with no pin unpins to no change, and nothing is logged.
            let audit = AuditLogRepository(database: store.database)
            let logged = try await audit.events(subject: "rota:\(draft.id)", actor: nil, before: nil, limit: 50).count
            #expect(try await rotas.unpin(rotaID: draft.id, amhpID: "A02", date: LocalDate("2026-12-14")!, by: "sam") == pins)
            #expect(try await audit.events(subject: "rota:\(draft.id)", actor: nil, before: nil, limit: 50).count == logged)
            #expect(try await rotas.unpin(rotaID: draft.id, amhpID: "A01", date: LocalDate("2026-12-14")!, by: "sam").isEmpty)

            try await rotas.pin(rotaID: draft.id, Self.pin("A02", "2026-12-15", "N"), assignments: nil, by: "sam")
            try await rotas.publish(id: draft.id, by: "sam")
            await #expect(throws: StorageError.rotaNotDraft(draft.id)) {
                try await rotas.pin(rotaID: draft.id, Self.pin("A01", "2026-12-16", "D"), assignments: nil, by: "sam")
            }
            // The published rota keeps the pins it was published with (a re-plan keeps them).
            #expect(try await rotas.pins(rotaID: draft.id) == [Self.pin("A02", "2026-12-15", "N")])
        }
    }

    @Test(arguments: TestBackend.available)
    func aReplanDraftPublishesAsTheNextVersionOfKindReplan(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            let first = try await rotas.publish(id: try await rotas.saveDraft(Self.rota, createdBy: "sam").id, by: "sam")
            let origin = DraftOrigin(basedOn: first.id, kind: .replan, reason: "Re-planned from 2026-12-14")
            let draft = try await rotas.saveDraft(Self.rota, createdBy: "sam", origin: origin)
            #expect(draft.basedOn == first.id && draft.changeKind == .replan && draft.status == .draft)
            let second = try await rotas.publish(id: draft.id, by: "sam")
            #expect(second.version == 2 && second.changeKind == .replan && second.basedOn == first.id)
            #expect(second.changeReason == "Re-planned from 2026-12-14")
            // A draft deleted takes its pins with it.
            let other = try await rotas.saveDraft(Self.rota, createdBy: "sam", pins: [Self.pin("A01", "2026-12-14", "D")])
            try await rotas.deleteDraft(id: other.id, by: "sam")
            #expect(try await rotas.pins(rotaID: other.id).isEmpty)
        }
    }

    @Test func jobParametersCarryTheRotaTheReplanDateAndThePins() throws {
        let id = UUID()
        let parameters = try SolveJobParameters(timeLimit: 30, seed: 2, rotaID: id, replanFrom: LocalDate("2026-12-14")!,
                                                pins: [Self.pin("A01", "2026-12-14", "D"), Self.pin("A02", "2026-12-15", nil)])
        #expect(try SolveJobParameters.decode(parameters.json) == parameters)
        #expect(parameters.json.contains(#""from":"2026-12-14""#) && parameters.json.contains(#""shift":"D""#))
        // A plain solve's parameters read and write as before.
        #expect(try SolveJobParameters(timeLimit: 12.5, seed: 3).json == #"{"seed":3,"time_limit":12.5}"#)
        #expect(throws: StorageError.invalidJobParameters(field: "rota_id", problem: "is missing; a re-plan names the rota it changes.")) {
            try SolveJobParameters(timeLimit: 30, seed: 2, replanFrom: LocalDate("2026-12-14")!)
        }
        #expect(throws: StorageError.invalidJobParameters(field: "pins[0].date", problem: "is not a date YYYY-MM-DD.")) {
            try SolveJobParameters.decode(#"{"seed":1,"time_limit":5,"pins":[{"amhp_id":"A01","date":"soon"}]}"#)
        }
        #expect(throws: StorageError.invalidJobParameters(field: "from", problem: "is not a date YYYY-MM-DD.")) {
            try SolveJobParameters.decode(#"{"seed":1,"time_limit":5,"rota_id":"\#(id.uuidString)","from":"2026-02-30"}"#)
        }
    }
}
