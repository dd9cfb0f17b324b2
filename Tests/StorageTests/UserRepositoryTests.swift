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

    /// Helen's address is set, read back and cleared, logged each time; one with a line break in it is
    /// refused, and when she last looked at her changes is kept to the millisecond.
    @Test(arguments: TestBackend.available)
    func anEmailAddressAndWhenChangesWereSeenAreKept(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let users = Self.users(store)
            let helen = try await users.create(username: "helen", displayName: "Helen Whitfield", password: "Larch-tree-81", role: .amhp,
                                               amhpID: "A01", by: "setup")
            #expect(helen.email == nil && helen.changesSeenAt == nil)
            try await users.changeEmail(username: "helen", to: "helen.whitfield@example.gov.uk", by: "sam")
            #expect(try await users.user(username: "helen")?.email == "helen.whitfield@example.gov.uk")
            await #expect(throws: StorageError.self) {
                try await users.changeEmail(username: "helen", to: "h@example.org\r\nBcc: x@example.org", by: "sam")
            }
            await #expect(throws: StorageError.self) { try await users.changeEmail(username: "nobody", to: "n@example.org", by: "sam") }
            let seen = Date(timeIntervalSince1970: 1_796_000_000.125)  // a whole millisecond, as moments are stored
            try await users.markChangesSeen(username: "helen", at: seen)
            #expect(try await users.user(username: "helen")?.changesSeenAt == seen)
            try await users.changeEmail(username: "helen", to: nil, by: "sam")
            let cleared = try await users.user(username: "helen")
            #expect(cleared?.email == nil && cleared?.changesSeenAt == seen)
            let actions = try await AuditLogRepository(database: store.database).events(subject: "user:helen").map(\.action)
            #expect(actions.filter { $0 == "user.email" }.count == 2)
        }
    }
}
