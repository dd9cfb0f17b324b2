import FluentKit
import Foundation
import SQLKit
@testable import Storage
import Testing

/// Disabling, enabling, resetting a password and changing a role: one test a rule, with named
/// people and the case the rule lets through.
@Suite struct UserAccessRulesTests {
    static let password = "Larch-tree-81"

    /// Sam and Priya are managers, Helen an AMHP; each signed in once.
    static func withTeam(_ body: (UserRepository, SessionRepository, [String: UserAccount], PlannerDatabase) async throws -> Void) async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let users = UserRepository(database: store.database, passwordCost: 4)
            let sessions = SessionRepository(database: store.database)
            var accounts: [String: UserAccount] = [:]
            accounts["sam"] = try await users.create(username: "sam", displayName: "Sam Patel", password: password, role: .manager, by: "setup")
            accounts["priya"] = try await users.create(username: "priya", displayName: "Priya Shah", password: password, role: .manager, by: "setup")
            accounts["helen"] = try await users.create(username: "helen", displayName: "Helen Whitfield", password: password, role: .amhp,
                                                       amhpID: "A01", by: "setup")
            try await body(users, sessions, accounts, store)
        }
    }

    @Test func aManagerCannotDisableThemself() async throws {
        try await Self.withTeam { users, _, _, _ in
            await #expect(throws: UserAccessRefusal.cannotDisableSelf("sam")) {
                try await users.setEnabled(username: "sam", enabled: false, by: "sam")
            }
            #expect(try await users.user(username: "sam")?.isEnabled == true)
            // The zero case: another manager may.
            try await users.setEnabled(username: "sam", enabled: false, by: "priya")
            #expect(try await users.user(username: "sam")?.isEnabled == false)
        }
    }

    @Test func theLastEnabledManagerCannotBeDisabledOrGivenAnotherRole() async throws {
        try await Self.withTeam { users, _, _, _ in
            try await users.setEnabled(username: "priya", enabled: false, by: "sam")
            await #expect(throws: UserAccessRefusal.lastEnabledManager("sam")) {
                try await users.setEnabled(username: "sam", enabled: false, by: "helen")
            }
            await #expect(throws: UserAccessRefusal.lastEnabledManager("sam")) {
                try await users.changeRole(username: "sam", to: .lead, by: "priya")
            }
            #expect(try await users.user(username: "sam")?.role == .manager)
            // The zero case: with Priya enabled again, Sam may become a lead.
            try await users.setEnabled(username: "priya", enabled: true, by: "sam")
            try await users.changeRole(username: "sam", to: .lead, by: "priya")
            #expect(try await users.user(username: "sam")?.role == .lead)
        }
    }

    @Test func aDisabledUserCannotSignInAndTheirSessionsEndAtOnce() async throws {
        try await Self.withTeam { users, sessions, accounts, store in
            let helen = try #require(accounts["helen"])
            let token = try await sessions.start(for: helen, kind: .browser, lifetime: 3600)
            let calendar = try await sessions.start(for: helen, kind: .calendar)
            #expect(try await sessions.user(for: token, kind: .browser)?.username == "helen")
            try await users.setEnabled(username: "helen", enabled: false, by: "sam")
            #expect(try await users.verify(username: "helen", password: Self.password) == nil)
            #expect(try await sessions.user(for: token, kind: .browser) == nil)
            #expect(try await sessions.user(for: calendar, kind: .calendar) == nil)
            #expect(try await StoredSession.query(on: store.database).filter(\.$userID == helen.id).count() == 0)
            let audit = try await AuditLogRepository(database: store.database).events(subject: "user:helen")
            #expect(audit.contains { $0.action == "user.disable" && $0.actor == "sam" && $0.detail.contains("\"2\"") })
            // Enabled again, her password works; the ended sessions stay ended.
            try await users.setEnabled(username: "helen", enabled: true, by: "sam")
            #expect(try await users.verify(username: "helen", password: Self.password)?.username == "helen")
            #expect(try await sessions.user(for: token, kind: .browser) == nil)
        }
    }

    @Test func aPasswordResetEndsSignInsAndChecksThePolicy() async throws {
        try await Self.withTeam { users, sessions, accounts, store in
            let helen = try #require(accounts["helen"])
            let token = try await sessions.start(for: helen, kind: .browser, lifetime: 3600)
            let calendar = try await sessions.start(for: helen, kind: .calendar)
            let sams = try await sessions.start(for: try #require(accounts["sam"]), kind: .browser, lifetime: 3600)
            await #expect(throws: StorageError.self) { try await users.resetPassword(username: "helen", to: "short", by: "sam") }
            #expect(try await sessions.user(for: token, kind: .browser)?.username == "helen", "a refused reset ends nothing")
            try await users.resetPassword(username: "helen", to: "Temporary-Pass-42", by: "sam")
            #expect(try await sessions.user(for: token, kind: .browser) == nil)
            #expect(try await sessions.user(for: calendar, kind: .calendar)?.username == "helen", "the calendar link is kept")
            #expect(try await sessions.user(for: sams, kind: .browser)?.username == "sam", "no one else is signed out")
            #expect(try await users.verify(username: "helen", password: Self.password) == nil)
            #expect(try await users.verify(username: "helen", password: "Temporary-Pass-42")?.username == "helen")
            let audit = try await AuditLogRepository(database: store.database).events(subject: "user:helen")
            #expect(audit.contains { $0.action == "user.password_reset" && $0.actor == "sam" })
        }
    }

    @Test func unknownUsersAreNamed() async throws {
        try await Self.withTeam { users, _, _, _ in
            await #expect(throws: StorageError.unknownUser("nobody")) { try await users.setEnabled(username: "nobody", enabled: false, by: "sam") }
            await #expect(throws: StorageError.unknownUser("nobody")) {
                try await users.resetPassword(username: "nobody", to: "Temporary-Pass-42", by: "sam")
            }
        }
    }

    @Test func disabledMigratesAndReverts() async throws {
        try await Self.withTeam { users, _, _, store in
            try await users.setEnabled(username: "helen", enabled: false, by: "sam")
            try await AddUserDisabled().revert(on: store.database)
            let sql = try #require(store.database as? any SQLDatabase)
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT disabled_at FROM users").all() }
            try await AddUserDisabled().prepare(on: store.database)
            #expect(try await users.user(username: "helen")?.isEnabled == true)
        }
    }
}
