import Foundation
import Storage
import Testing
import Workforce

/// `amhp users role`, `reset-password`, `disable`, `enable`, and `amhp league`. The runner signs
/// commands as `tester`.
@Suite(.serialized) struct UsersAccessCommandTests {
    static func addTeam(_ runner: StorageCommandRunner) throws {
        try TOILCommandTests.importSmallHub(runner)
        for (name, role, amhp) in [("tester", "manager", nil), ("sam", "manager", nil), ("helen", "amhp", "A01") as (String, String, String?)] {
            let added = try runner.run(["users", "add", "--username", name, "--role", role, "--password-stdin"] + (amhp.map { ["--amhp-id", $0] } ?? []),
                                       input: "a long passphrase\n")
            #expect(added.status == 0, "\(added.errors)")
        }
    }

    @Test func disableEnableAndTheirRules() async throws {
        let runner = try StorageCommandRunner("users-access")
        defer { runner.remove() }
        try Self.addTeam(runner)
        let selfDisable = try runner.run(["users", "disable", "--username", "tester"])
        #expect(selfDisable.status == 1 && selfDisable.errors.contains("cannot disable their own account"), "\(selfDisable.errors)")
        let disabled = try runner.run(["users", "disable", "--username", "helen"])
        #expect(disabled.status == 0 && disabled.output == "helen is disabled; their sessions have ended.\n", "\(disabled.errors)")
        #expect(try runner.run(["users", "disable", "--username", "sam"]).status == 0)
        let demote = try runner.run(["users", "role", "--username", "tester", "--role", "lead"])
        #expect(demote.status == 1 && demote.errors.contains("only enabled manager"), "\(demote.errors)")
        let enabled = try runner.run(["users", "enable", "--username", "helen"])
        #expect(enabled.status == 0 && enabled.output == "helen may sign in again.\n")
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let users = UserRepository(database: store.database, passwordCost: 4)
        let helen = try await users.user(username: "helen")
        let sam = try await users.user(username: "sam")
        let events = try await AuditLogRepository(database: store.database).events(subject: "user:helen")
        await store.close()
        #expect(helen?.isEnabled == true && sam?.isEnabled == false)
        #expect(events.contains { $0.action == "user.disable" && $0.actor == "tester" })
    }

    @Test func roleAndResetPassword() async throws {
        let runner = try StorageCommandRunner("users-role")
        defer { runner.remove() }
        try Self.addTeam(runner)
        let role = try runner.run(["users", "role", "--username", "sam", "--role", "hr"])
        #expect(role.status == 0 && role.output == "sam is now hr.\n", "\(role.errors)")
        let missing = try runner.run(["users", "role", "--username", "sam", "--role", "amhp"])
        #expect(missing.status == 2, "role amhp without --amhp-id is malformed: \(missing.errors)")
        let weak = try runner.run(["users", "reset-password", "--username", "helen", "--password-stdin"], input: "password123\n")
        #expect(weak.status == 2 && weak.errors.contains("most common passwords"))
        let reset = try runner.run(["users", "reset-password", "--username", "helen", "--password-stdin"], input: "Temporary-Pass-42\n")
        #expect(reset.status == 0, "\(reset.errors)")
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let verified = try await UserRepository(database: store.database).verify(username: "helen", password: "Temporary-Pass-42")
        await store.close()
        #expect(verified?.username == "helen")
    }

    @Test func theLeagueListsEveryAMHPAndPrintsCSV() throws {
        let runner = try StorageCommandRunner("league")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        let table = try runner.run(["league"])
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.hasPrefix("place") && table.output.contains("A01") && table.output.contains("A03"))
        let csv = try runner.run(["league", "--csv", "--years", "2"])
        #expect(csv.status == 0 && csv.output.hasPrefix("place,amhp_id,name,fte,festive_days"))
        #expect(try runner.run(["league", "--years", "0"]).status == 2)
    }
}
