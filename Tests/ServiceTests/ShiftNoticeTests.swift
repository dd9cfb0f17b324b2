import Foundation
import NIOConcurrencyHelpers
@testable import Service
import Storage
import Testing
import Vapor
import Workforce

/// A mailer that keeps what it is given: the e-mail a version sends, without a sendmail.
final class FakeMailer: ChangeMailer {
    private let box = NIOLockedValueBox<[MailMessage]>([])
    var messages: [MailMessage] { box.withLockedValue { $0 } }
    func send(_ message: MailMessage) { box.withLockedValue { $0.append(message) } }
}

/// Staff see changes: Helen Whitfield (A01, user helen) is off sick on 15 December after version 1
/// is published, which makes version 2. Her /my page and `GET /api/my/changes` show the change until
/// she has looked, and she is mailed it; Daniel Okafor (A02, user ravi), whose shifts version 2 left
/// alone, is shown and sent nothing.
@Suite struct ShiftNoticeTests {
    static func sickOnTheFifteenth(_ service: ServiceHarness) async throws {
        try await RotaVersionTests.publishVersionOne(service)
        try await RotaVersionTests.leave(service, "A01", "sickness", "2026-12-15", "2026-12-15")
    }

    @Test func theAPIListsTheChangeAsNewUntilItIsMarkedSeen() async throws {
        try await ServiceHarness.with { service in
            try await Self.sickOnTheFifteenth(service)
            let changes = try ServiceHarness.object(try await service.send(.GET, "/api/my/changes", as: "helen"))
            #expect(changes["new_count"] as? Int == 1)
            let change = try #require((changes["changes"] as? [[String: Any]])?.first)
            #expect(change["date"] as? String == "2026-12-15" && change["before"] as? String == "D" && change["after"] == nil)
            #expect(change["version"] as? Int == 2 && change["kind"] as? String == "absence" && change["is_new"] as? Bool == true)
            #expect(change["reason"] as? String == "Helen Whitfield (A01): sickness 2026-12-15")
            let document = try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil))
            #expect(SchemaCheck(document: document).problems(changes, against: ["$ref": "#/components/schemas/MyChanges"]).isEmpty)

            #expect(try await service.send(.POST, "/api/my/changes/seen", as: "helen").status == .noContent)
            let after = try ServiceHarness.object(try await service.send(.GET, "/api/my/changes", as: "helen"))
            #expect(after["new_count"] as? Int == 0 && (after["changes"] as? [[String: Any]])?.count == 1)
            #expect(after["seen_at"] is String)
        }
    }

    @Test func anAMHPAVersionLeftAloneSeesNoChanges() async throws {
        try await ServiceHarness.with { service in
            try await Self.sickOnTheFifteenth(service)
            let changes = try ServiceHarness.object(try await service.send(.GET, "/api/my/changes", as: "ravi"))
            #expect(changes["new_count"] as? Int == 0 && (changes["changes"] as? [Any])?.isEmpty == true)
            #expect(try await service.send(.GET, "/my?month=2026-12", as: "ravi").body.string.contains("No changes since you last looked."))
        }
    }

    @Test func openingMyShowsTheChangeOnceThenMarksItSeen() async throws {
        try await ServiceHarness.with { service in
            try await Self.sickOnTheFifteenth(service)
            let first = try await service.send(.GET, "/my?month=2026-12", as: "helen").body.string
            #expect(first.contains("id=\"new-changes\"") && first.contains("Tue 2026-12-15"))
            #expect(first.contains("Version 2 (absence): Helen Whitfield (A01): sickness 2026-12-15"))
            let second = try await service.send(.GET, "/my?month=2026-12", as: "helen").body.string
            #expect(second.contains("No changes since you last looked.") && !second.contains("id=\"new-changes\""))
            #expect(second.contains("id=\"my-notices\"") && second.contains("Tue 2026-12-15"))
        }
    }

    @Test func theAMHPsAVersionChangesAreMailedTheirChangesAndNoOneElse() async throws {
        try await ServiceHarness.with { service in
            let mailer = FakeMailer()
            service.app.changeMailer = mailer
            for (name, email) in [("helen", "helen.whitfield@example.gov.uk"), ("ravi", "daniel.okafor@example.gov.uk")] {
                let response = try await service.send(.PUT, "/api/users/\(name)/email", as: "sam", json: ["email": email])
                #expect(response.status == .ok && response.body.string.contains(email), "\(response.body.string)")
            }
            let first = try await RotaVersionTests.publishVersionOne(service)
            let users = try await UserRepository(database: service.app.db).users()
            let hub = try HubLoader.load(folder: ServiceHarness.demoHub)
            let versionOne = SavedRota(record: first, rota: Rota(month: RotaVersionTests.december, assignments: RotaVersionTests.published))
            #expect(ChangeNotifier.messages(from: nil, to: versionOne, users: users, hub: hub).isEmpty,
                    "a month's first publication changes nobody's shifts")
            try await RotaVersionTests.leave(service, "A01", "sickness", "2026-12-15", "2026-12-15")
            #expect(mailer.messages.map(\.to) == ["helen.whitfield@example.gov.uk"])
            let message = try #require(mailer.messages.first)
            #expect(message.subject == "AMHP rota: your shifts changed in December 2026 (version 2)")
            #expect(message.body.contains("Tue 2026-12-15: Day (D) -> none"))
            #expect(message.body.contains("Why: absence: Helen Whitfield (A01): sickness 2026-12-15"))
        }
    }

    /// A sendmail that fails never fails the version: the absence is recorded, version 2 made, and
    /// the failure counted; one that succeeds is counted as sent.
    @Test func aFailingSendmailIsCountedAndThePublicationStands() async throws {
        try await ServiceHarness.with { service in
            let counts = MailCounts()
            service.app.changeMailer = SendmailMailer(executable: URL(fileURLWithPath: "/bin/false"), logger: service.app.logger,
                                                      counts: counts)
            let response = try await service.send(.PUT, "/api/users/helen/email", as: "sam", json: ["email": "helen.whitfield@example.gov.uk"])
            #expect(response.status == .ok)
            try await Self.sickOnTheFifteenth(service)
            #expect(try await RotaRepository(database: service.app.db).versions(month: RotaVersionTests.december).map(\.version) == [1, 2])
            for _ in 0..<500 where counts.failed == 0 { try await Task.sleep(for: .milliseconds(20)) }
            #expect(counts.failed == 1 && counts.sent == 0)
        }
    }

    @Test func aSendmailThatAcceptsTheMessageIsCountedAsSent() async throws {
        let counts = MailCounts()
        let mailer = SendmailMailer(executable: URL(fileURLWithPath: "/bin/true"), logger: Logger(label: "test"), counts: counts)
        mailer.send(MailMessage(to: "helen.whitfield@example.gov.uk", subject: "AMHP rota", body: "Tue 2026-12-15: Day (D) -> none"))
        for _ in 0..<500 where counts.sent == 0 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(counts.sent == 1 && counts.failed == 0)
    }

    @Test func anAddressThatCouldInjectAHeaderIsRefusedByField() async throws {
        try await ServiceHarness.with { service in
            let response = try await service.send(.PUT, "/api/users/helen/email", as: "sam",
                                                  json: ["email": "helen@example.gov.uk\r\nBcc: everyone@example.gov.uk"])
            #expect(response.status == .unprocessableEntity && response.body.string.contains("\"field\":\"email\""))
            let users = try ServiceHarness.array(try await service.send(.GET, "/api/users", as: "sam"))
            #expect(users.first { $0["username"] as? String == "helen" }?["email"] == nil)
            #expect(try await service.send(.PUT, "/api/users/nobody/email", as: "sam", json: ["email": "a@b.org"]).status == .notFound)
        }
    }

    @Test func aHeaderValueWithALineBreakIsNeverWritten() {
        #expect(MailMessage(to: "a@b.org", subject: "Hi\r\nBcc: c@d.org", body: "x").text == nil)
        #expect(MailMessage(to: "a@b.org", subject: "Hi", body: "line\r\nline").text == "To: a@b.org\nSubject: Hi\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nAuto-Submitted: auto-generated\n\nline\nline\n")
    }

    @Test(arguments: ["helen@example.gov.uk", "h.w+rota@mail.example.org"])
    func goodAddressesPass(_ address: String) {
        #expect(EmailAddress.problem(with: address) == nil)
    }

    @Test(arguments: ["", "helen", "helen@localhost", "a@b@c.org", "Helen <h@example.org>", "h@example.org\n", "h @example.org",
                      String(repeating: "a", count: 65) + "@example.org"])
    func badAddressesAreRefused(_ address: String) {
        #expect(EmailAddress.problem(with: address) != nil)
    }
}
