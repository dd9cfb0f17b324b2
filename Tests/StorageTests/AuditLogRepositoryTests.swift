import FluentKit
import Foundation
import SQLKit
import Storage
import Testing

/// The audit log: append-only, newest first, filtered and paged.
@Suite struct AuditLogRepositoryTests {
    @Test(arguments: TestBackend.available)
    func eventsComeBackNewestFirst(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let log = AuditLogRepository(database: store.database)
            let first = try await log.record(actor: "sam", action: "rota.export", subject: "rota:1", detailJSON: #"{"format":"csv"}"#)
            let second = try await log.record(actor: "jo", action: "sign_in", subject: "user:jo")
            let third = try await log.record(actor: "sam", action: "rota.export", subject: "rota:2")
            #expect(first.id < second.id && second.id < third.id)
            #expect(try await log.events().map(\.id) == [third.id, second.id, first.id])
            #expect(try await log.events(actor: "sam").map(\.id) == [third.id, first.id])
            #expect(try await log.events(subject: "rota:1").first?.detail == #"{"format":"csv"}"#)
            #expect(try await log.events(before: third.id, limit: 1).map(\.id) == [second.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func theLogIsAppendOnly(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let log = AuditLogRepository(database: store.database)
            try await log.record(actor: "sam", action: "sign_in", subject: "user:sam")
            let sql = store.database as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE audit_log SET actor = 'mallory'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM audit_log").run() }
            #expect(try await log.events().map(\.actor) == ["sam"])
        }
    }

    @Test func detailMustBeAJSONObject() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let log = AuditLogRepository(database: store.database)
            await #expect(throws: StorageError.invalidJSON(field: "detail")) {
                try await log.record(actor: "sam", action: "x", subject: "y", detailJSON: "[1, 2]")
            }
            await #expect(throws: StorageError.invalidJSON(field: "detail")) {
                try await log.record(actor: "sam", action: "x", subject: "y", detailJSON: "not json")
            }
            #expect(try await log.events().isEmpty)
        }
    }
}
