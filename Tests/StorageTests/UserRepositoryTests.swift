import FluentKit
import Foundation
import Storage
import Testing

/// Users: bcrypt hashes, roles, and the checks on what a user may be given.
@Suite struct UserRepositoryTests {
    /// bcrypt's least cost keeps the tests quick; the service uses 12.
    static func users(_ store: PlannerDatabase) -> UserRepository { UserRepository(database: store.database, passwordCost: 4) }

    @Test(arguments: TestBackend.available)
    func aUserSignsInWithTheirPasswordOnly(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let users = Self.users(store)
            let sam = try await users.create(username: "sam", displayName: "Sam Patel", password: "correct horse", role: .manager, by: "setup")
            #expect(sam.role == .manager && sam.amhpID == nil)
            #expect(try await users.verify(username: "sam", password: "correct horse") == sam)
            #expect(try await users.verify(username: "sam", password: "Correct horse") == nil)
            #expect(try await users.verify(username: "nobody", password: "correct horse") == nil)
            let stored = try #require(try await StoredUser.query(on: store.database).first())
            #expect(stored.passwordHash.hasPrefix("$2b$04$"))
            #expect(!stored.passwordHash.contains("correct horse"))
        }
    }

    @Test func rolesAndAMHPIdsMustAgree() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let users = Self.users(store)
            let amy = try await users.create(username: "amy", displayName: "Amy Adams", password: "Larch-tree-81", role: .amhp,
                                             amhpID: "A01", by: "setup")
            #expect(amy.amhpID == "A01")
            await #expect(throws: StorageError.self) {
                try await users.create(username: "bo", displayName: "Bo", password: "Larch-tree-81", role: .amhp, by: "setup")
            }
            await #expect(throws: StorageError.self) {
                try await users.create(username: "hr", displayName: "HR", password: "Larch-tree-81", role: .hr, amhpID: "A02", by: "setup")
            }
            await #expect(throws: StorageError.self) {
                try await users.create(username: "jo", displayName: "Jo", password: "short", role: .hr, by: "setup")
            }
            await #expect(throws: StorageError.self) {
                try await users.create(username: "jo smith", displayName: "Jo", password: "Larch-tree-81", role: .hr, by: "setup")
            }
            await #expect(throws: StorageError.duplicateUsername("amy")) {
                try await users.create(username: "amy", displayName: "Another Amy", password: "Larch-tree-81", role: .hr, by: "setup")
            }
            #expect(try await users.users().map(\.username) == ["amy"])
        }
    }

    @Test func passwordAndRoleChangesAreLogged() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let users = Self.users(store)
            try await users.create(username: "jo", displayName: "Jo", password: "Larch-tree-81", role: .hr, by: "setup")
            try await users.changePassword(username: "jo", to: "Birch-tree-82", by: "jo")
            #expect(try await users.verify(username: "jo", password: "Larch-tree-81") == nil)
            #expect(try await users.verify(username: "jo", password: "Birch-tree-82")?.username == "jo")
            try await users.changeRole(username: "jo", to: .amhp, amhpID: "A05", by: "sam")
            #expect(try await users.user(username: "jo")?.role == .amhp)
            await #expect(throws: StorageError.unknownUser("kim")) { try await users.changePassword(username: "kim", to: "Rowan-tree-83", by: "sam") }
            let events = try await AuditLogRepository(database: store.database).events(subject: "user:jo")
            #expect(events.map(\.action) == ["user.role", "user.password", "user.create"])
            #expect(events.allSatisfy { !$0.detail.contains("Birch-tree-82") })
        }
    }
}
