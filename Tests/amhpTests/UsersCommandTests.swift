import Foundation
import Storage
import Testing

/// `amhp users add`: the password on standard input, kept as a hash.
@Suite(.serialized) struct UsersCommandTests {
    @Test func aUserIsAddedWithThePasswordFromStandardInput() async throws {
        let runner = try StorageCommandRunner("users")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        let added = try runner.run(["users", "add", "--username", "helen", "--display-name", "Helen Whitfield", "--role", "amhp",
                                    "--amhp-id", "A01", "--password-stdin"], input: "a long passphrase\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output == "Added helen (Helen Whitfield) as amhp, AMHP A01.\n")
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let users = UserRepository(database: store.database)
        let verified = try await users.verify(username: "helen", password: "a long passphrase")
        let events = try await AuditLogRepository(database: store.database).events(subject: "user:helen")
        await store.close()
        #expect(verified?.amhpID == "A01")
        #expect(events.first?.actor == "tester")

        let again = try runner.run(["users", "add", "--username", "helen", "--role", "hr", "--password-stdin"], input: "another passphrase\n")
        #expect(again.status == 1 && again.errors.hasPrefix("A user called \"helen\" already exists."))
        let unknown = try runner.run(["users", "add", "--username", "zed", "--role", "amhp", "--amhp-id", "Z9", "--password-stdin"],
                                     input: "a long passphrase\n")
        #expect(unknown.status == 1 && unknown.errors.contains("Z9 is not an AMHP of"))
        let noFlag = try runner.run(["users", "add", "--username", "kim", "--role", "hr"])
        #expect(noFlag.status != 0 && noFlag.errors.contains("--password-stdin"))
        let injected = try runner.run(["users", "add", "--username", "kim", "--display-name", "Kim\r\nX-Evil: 1", "--role", "hr",
                                       "--password-stdin"], input: "a long passphrase\n")
        #expect(injected.status == 2 && injected.errors.contains("control character"), "malformed input is status 2")
        let common = try runner.run(["users", "add", "--username", "kim", "--role", "hr", "--password-stdin"], input: "password123\n")
        #expect(common.status == 2 && common.errors.contains("most common passwords"))
    }
}
