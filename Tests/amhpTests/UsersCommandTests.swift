import Foundation
import Storage
import Testing

/// `amhp users add`: the password on standard input, kept as a hash; `amhp users email`: the address
/// changed shifts are mailed to.
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

    @Test func helensAddressIsSetAndClearedAndABadOneIsStatusTwo() async throws {
        let runner = try StorageCommandRunner("users-email")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        _ = try runner.run(["users", "add", "--username", "helen", "--role", "amhp", "--amhp-id", "A01", "--password-stdin"],
                           input: "a long passphrase\n")
        let set = try runner.run(["users", "email", "--username", "helen", "--email", "helen.whitfield@example.gov.uk"])
        #expect(set.status == 0 && set.output == "helen's changed shifts will be mailed to helen.whitfield@example.gov.uk.\n", "\(set.errors)")
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let stored = try await UserRepository(database: store.database).user(username: "helen")?.email
        await store.close()
        #expect(stored == "helen.whitfield@example.gov.uk")

        let injected = try runner.run(["users", "email", "--username", "helen", "--email", "h@example.org\r\nBcc: x@example.org"])
        #expect(injected.status == 2 && injected.errors.contains("--email"), "malformed input is status 2")
        let both = try runner.run(["users", "email", "--username", "helen", "--email", "h@example.org", "--none"])
        #expect(both.status == 2 && both.errors.contains("either --email ADDRESS or --none"))
        let unknown = try runner.run(["users", "email", "--username", "zed", "--none"])
        #expect(unknown.status == 1, "\(unknown.errors)")
        let cleared = try runner.run(["users", "email", "--username", "helen", "--none"])
        #expect(cleared.status == 0 && cleared.output == "helen will get no e-mail.\n")
    }
}
