import Foundation
import RotaCheck
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Shift swaps through the API, one test per rule. Daniel Okafor is A02 (user ravi), Sarah
/// Pennington A03 (user sarah, added here), Helen Whitfield A01 (user helen); sam is the manager.
/// The month is next month, so that every shift is still to come; shifts D 09:00–17:00, N 21:00–09:00.
@Suite(.serialized) struct SwapAPITests {
    static var month: Month { ServiceClock.thisMonth.next }

    static func day(_ number: Int) -> String {
        "\(month)-\(number < 10 ? "0" : "")\(number)"
    }

    static func shift(_ amhpID: String, _ number: Int, _ code: String) -> Assignment {
        Assignment(amhpID: amhpID, date: LocalDate(day(number))!, shiftCode: code)
    }

    /// Version 1: Daniel D on the 10th and the 12th, Sarah N on the 11th and D on the 14th, Helen D on the 20th.
    static let versionOne = [shift("A02", 10, "D"), shift("A02", 12, "D"), shift("A03", 11, "N"), shift("A03", 14, "D"),
                             shift("A01", 20, "D")]

    /// A service with version 1 published and Sarah signed in as `sarah`.
    static func withService(_ backend: ServiceHarness.Backend = .sqlite,
                            _ body: (ServiceHarness, RotaRecord) async throws -> Void) async throws {
        try await ServiceHarness.with(backend) { base in
            let account = try await UserRepository(database: base.app.db, passwordCost: 4)
                .create(username: "sarah", displayName: "Sarah", password: ServiceHarness.password, role: .amhp, amhpID: "A03", by: "setup")
            let token = try await SessionRepository(database: base.app.db).start(for: account, kind: .browser, lifetime: 3600)
            let service = ServiceHarness(app: base.app, folder: base.folder, tokens: base.tokens.merging(["sarah": token]) { first, _ in first })
            let rotas = RotaRepository(database: service.app.db)
            let draft = try await rotas.saveDraft(Rota(month: month, assignments: versionOne), createdBy: "sam")
            try await body(service, try await rotas.publish(id: draft.id, by: "sam"))
        }
    }

    /// Daniel asks Sarah to swap his D on the 10th for her D on the 14th; returns the swap's id.
    static func askSarah(_ service: ServiceHarness) async throws -> String {
        let made = try await service.send(.POST, "/api/swaps", as: "ravi", json: [
            "kind": "swap", "date": day(10), "shift": "D", "colleague_id": "A03", "their_date": day(14), "their_shift": "D",
            "notes": "My daughter's nativity play"])
        #expect(made.status == .created, "\(made.body.string)")
        return try #require(try ServiceHarness.object(made)["id"] as? String)
    }

    static func status(_ service: ServiceHarness, _ id: String) async throws -> String? {
        try await SwapRepository(database: service.app.db).swap(id: try #require(UUID(uuidString: id)))?.status.rawValue
    }

    /// On PostgreSQL too when `DATABASE_URL` names one.
    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func approvingMakesASwapVersionWithExactlyTheTwoShiftsExchanged(_ backend: ServiceHarness.Backend) async throws {
        try await Self.withService(backend) { service, first in
            let id = try await Self.askSarah(service)
            let accepted = try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah")
            #expect(accepted.status == .ok, "\(accepted.body.string)")
            #expect(try ServiceHarness.object(accepted)["status"] as? String == "accepted")

            let check = try ServiceHarness.object(try await service.send(.GET, "/api/swaps/\(id)/check", as: "sam"))
            #expect(check["breaks_hard_rules"] as? Bool == false, "\(check)")
            #expect(check["version"] as? Int == 1)

            let approved = try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam", json: ["note": "Fine by me"])
            #expect(approved.status == .ok, "\(approved.body.string)")
            let body = try ServiceHarness.object(approved)
            let rota = try #require(body["rota"] as? [String: Any])
            #expect(rota["change_kind"] as? String == "swap" && rota["version"] as? Int == 2)
            #expect((rota["change_reason"] as? String)?.contains("Sarah Pennington (A03) takes D on \(Self.day(10))") == true)
            #expect((body["swap"] as? [String: Any])?["status"] as? String == "approved")
            #expect((body["swap"] as? [String: Any])?["version_id"] as? String == rota["id"] as? String)

            let rotas = RotaRepository(database: service.app.db)
            let before = try #require(try await rotas.rota(id: first.id)), after = try #require(try await rotas.published(month: Self.month))
            let hub = try await HubRepository(database: service.app.db).require()
            let changes = RotaDiff(before: before.rota, after: after.rota, hub: hub).changes
            let cells = Set(changes.map { "\($0.amhpID) \($0.date) \($0.before ?? "-")→\($0.after ?? "-")" })
            #expect(cells == ["A02 \(Self.day(10)) D→-", "A02 \(Self.day(14)) -→D", "A03 \(Self.day(10)) -→D", "A03 \(Self.day(14)) D→-"])

            // Daniel's own rota follows the new version.
            let mine = try ServiceHarness.object(try await service.send(.GET, "/api/my/rota?month=\(Self.month)", as: "ravi"))
            #expect((mine["shifts"] as? [[String: Any]])?.compactMap { $0["date"] as? String } == [Self.day(12), Self.day(14)])
            // Every step is in the audit log.
            let actions = try ServiceHarness.array(try await service.send(.GET, "/api/audit?subject=swap:\(id.uppercased())", as: "sam"))
                .compactMap { $0["action"] as? String }
            #expect(Set(actions) == ["swap.create", "swap.accept", "swap.approve"], "\(actions)")
        }
    }

    @Test func aShiftNotTheirsAPastDateAndAMonthNotPublishedAreRefusedNamingTheField() async throws {
        try await Self.withService { service, _ in
            // Daniel is off on the 11th.
            let notHis = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": Self.day(11), "shift": "D"])
            #expect(notHis.status == .unprocessableEntity)
            #expect(notHis.body.string.contains("\"date\"") && notHis.body.string.contains("rota has no D on \(Self.day(11))"), "\(notHis.body.string)")
            // Sarah does not work D on the 12th: the colleague's shift is checked too.
            let notHers = try await service.send(.POST, "/api/swaps", as: "ravi", json: [
                "kind": "swap", "date": Self.day(10), "shift": "D", "colleague_id": "A03", "their_date": Self.day(12), "their_shift": "D"])
            #expect(notHers.status == .unprocessableEntity && notHers.body.string.contains("their_date"), "\(notHers.body.string)")
            // The month after has no published rota.
            let later = "\(Self.month.next)-10"
            let unpublished = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": later, "shift": "D"])
            #expect(unpublished.status == .unprocessableEntity && unpublished.body.string.contains("has no published rota"))
            // Yesterday, on a published rota that has Daniel on it.
            let yesterday = ServiceClock.today.adding(days: -1)
            let rotas = RotaRepository(database: service.app.db)
            if Month(containing: yesterday) != Self.month {
                let draft = try await rotas.saveDraft(Rota(month: Month(containing: yesterday),
                                                           assignments: [Assignment(amhpID: "A02", date: yesterday, shiftCode: "D")]), createdBy: "sam")
                try await rotas.publish(id: draft.id, by: "sam")
            }
            let past = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": "\(yesterday)", "shift": "D"])
            #expect(past.status == .unprocessableEntity && past.body.string.contains("is past"), "\(past.body.string)")
            // An offer names no colleague.
            let confused = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": Self.day(10), "shift": "D",
                                                                                          "colleague_id": "A03"])
            #expect(confused.status == .unprocessableEntity && confused.body.string.contains("colleague_id"))
            #expect(try await SwapRepository(database: service.app.db).swaps().isEmpty)
            // The zero case: his own shift to come is offered; a second request for it is refused while it stands.
            let offered = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": Self.day(10), "shift": "D"])
            #expect(offered.status == .created, "\(offered.body.string)")
            #expect(try ServiceHarness.object(offered)["status"] as? String == "open")
            let again = try await service.send(.POST, "/api/swaps", as: "ravi", json: ["kind": "offer", "date": Self.day(10), "shift": "D"])
            #expect(again.status == .conflict)
        }
    }

    @Test func onlyTheNamedColleagueAcceptsASwapAndAnyOtherAMHPAnOffer() async throws {
        try await Self.withService { service, _ in
            let id = try await Self.askSarah(service)
            let helen = try await service.send(.POST, "/api/swaps/\(id)/accept", as: "helen")
            #expect(helen.status == .forbidden && helen.body.string.contains("own"), "\(helen.body.string)")
            let daniel = try await service.send(.POST, "/api/swaps/\(id)/accept", as: "ravi")
            #expect(daniel.status == .forbidden)
            #expect(try await Self.status(service, id) == "open")
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .conflict, "accepted once only")

            // An open offer: not by the offerer; by anyone else who is free that day.
            let offer = try ServiceHarness.object(try await service.send(.POST, "/api/swaps", as: "ravi",
                                                                        json: ["kind": "offer", "date": Self.day(12), "shift": "D"]))
            let offerID = try #require(offer["id"] as? String)
            #expect(try await service.send(.POST, "/api/swaps/\(offerID)/accept", as: "ravi").status == .conflict)
            let taken = try await service.send(.POST, "/api/swaps/\(offerID)/accept", as: "helen")
            #expect(taken.status == .ok, "\(taken.body.string)")
            #expect(try ServiceHarness.object(taken)["colleague_id"] as? String == "A01")
        }
    }

    @Test func theCheckerNamesARestBreachAndApprovingItNeedsTheOverride() async throws {
        try await Self.withService { service, _ in
            // Daniel offers his D on the 12th; Sarah, on N the night before (until 09:00), takes it.
            let offer = try ServiceHarness.object(try await service.send(.POST, "/api/swaps", as: "ravi",
                                                                        json: ["kind": "offer", "date": Self.day(12), "shift": "D"]))
            let id = try #require(offer["id"] as? String)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)

            let check = try ServiceHarness.object(try await service.send(.GET, "/api/swaps/\(id)/check", as: "sam"))
            #expect(check["breaks_hard_rules"] as? Bool == true)
            let hard = try #require(check["hard"] as? [[String: Any]])
            let rest = hard.filter { $0["rule"] as? String == "rest.daily" }
            #expect(rest.count == 1, "\(hard)")
            #expect(rest.first?["amhp_id"] as? String == "A03")
            #expect((rest.first?["message"] as? String)?.contains("Sarah Pennington") == true)

            let refused = try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam", json: [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("override") && refused.body.string.contains("rest.daily"))
            #expect(try await Self.status(service, id) == "accepted")
            #expect(try await RotaRepository(database: service.app.db).versions(month: Self.month).count == 1)

            let overridden = try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam",
                                                    json: ["note": "Sarah agreed a late start", "override": true])
            #expect(overridden.status == .ok, "\(overridden.body.string)")
            let overriddenSwap = try ServiceHarness.object(overridden)["swap"] as? [String: Any]
            #expect(overriddenSwap?["overrode"] as? Bool == true)
            let audit = try ServiceHarness.array(try await service.send(.GET, "/api/audit?subject=swap:\(id.uppercased())", as: "sam"))
            let approval = try #require(audit.first { $0["action"] as? String == "swap.approve" })
            #expect((approval["detail"] as? String)?.contains("\"override\":\"yes\"") == true, "\(approval)")
            #expect((approval["detail"] as? String)?.contains("rest.daily") == true)
        }
    }

    @Test func aSwapWhoseShiftsChangedMeanwhileIsRefusedWith409AndExpires() async throws {
        try await Self.withService { service, _ in
            let id = try await Self.askSarah(service)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            // A cover change takes Daniel off the 10th in version 2.
            let rotas = RotaRepository(database: service.app.db)
            try await rotas.publishVersion(month: Self.month, assignments: Self.versionOne.filter { !($0.amhpID == "A02" && "\($0.date)" == Self.day(10)) }
                                           + [Self.shift("A01", 10, "D")], kind: .cover, reason: "test", by: "sam")
            let stale = try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam", json: [:])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("Daniel Okafor (A02) no longer works D on \(Self.day(10))") && stale.body.string.contains("ask again"),
                    "\(stale.body.string)")
            #expect(try await Self.status(service, id) == "expired")
            #expect(try await rotas.versions(month: Self.month).count == 2, "no version was made")
        }
    }

    @Test func anAMHPCannotApproveAndHRAndTheLeadSeeNoSwaps() async throws {
        try await Self.withService { service, _ in
            let id = try await Self.askSarah(service)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/approve", as: "ravi", json: [:]).status == .forbidden)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/reject", as: "sarah", json: ["note": "no"]).status == .forbidden)
            for user in ["jo", "lee"] {
                #expect(try await service.send(.GET, "/api/swaps", as: user).status == .forbidden)
                #expect(try await service.send(.POST, "/api/swaps/\(id)/approve", as: user, json: [:]).status == .forbidden)
                #expect(try await service.send(.GET, "/api/swaps/\(id)/check", as: user).status == .forbidden)
            }
            // Helen sees neither Daniel and Sarah's swap nor, once taken, anything but open offers.
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/swaps", as: "helen")).isEmpty)
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/swaps", as: "sam")).count == 1)
            #expect(try await Self.status(service, id) == "accepted")
            // The manager declines, with a note; without one, refused.
            #expect(try await service.send(.POST, "/api/swaps/\(id)/reject", as: "sam", json: [:]).status == .unprocessableEntity)
            let rejected = try await service.send(.POST, "/api/swaps/\(id)/reject", as: "sam", json: ["note": "Cover is thin that week"])
            #expect(rejected.status == .ok)
            #expect(try ServiceHarness.object(rejected)["status"] as? String == "rejected")
        }
    }

    @Test func theOffererWithdrawsAndTheNamedColleagueDeclines() async throws {
        try await Self.withService { service, _ in
            let first = try await Self.askSarah(service)
            #expect(try await service.send(.DELETE, "/api/swaps/\(first)", as: "sarah").status == .forbidden)
            let withdrawn = try await service.send(.DELETE, "/api/swaps/\(first)", as: "ravi")
            #expect(withdrawn.status == .ok)
            #expect(try ServiceHarness.object(withdrawn)["status"] as? String == "withdrawn")
            let second = try await Self.askSarah(service)
            let declined = try await service.send(.POST, "/api/swaps/\(second)/decline", as: "sarah", json: ["note": "I am away"])
            #expect(declined.status == .ok)
            #expect(try ServiceHarness.object(declined)["decision_note"] as? String == "I am away")
            #expect(try await service.send(.POST, "/api/swaps/\(second)/accept", as: "sarah").status == .conflict)
        }
    }

    @Test func responsesMatchTheirDocumentedSchemas() async throws {
        try await Self.withService { service, _ in
            let id = try await Self.askSarah(service)
            let document = try ServiceHarness.object(try await service.send(.GET, "/openapi.json", as: nil))
            let check = SchemaCheck(document: document)
            let list = try ServiceHarness.json(try await service.send(.GET, "/api/swaps", as: "sam"))
            #expect(check.problems(list, against: ["type": "array", "items": ["$ref": "#/components/schemas/Swap"]]).isEmpty)
            let findings = try ServiceHarness.json(try await service.send(.GET, "/api/swaps/\(id)/check", as: "sam"))
            #expect(check.problems(findings, against: ["$ref": "#/components/schemas/SwapCheck"]).isEmpty)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            let approved = try ServiceHarness.json(try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam", json: [:]))
            #expect(check.problems(approved, against: ["$ref": "#/components/schemas/SwapApproved"]).isEmpty, "\(approved)")
        }
    }

    /// Approval mails the two AMHPs their changed shifts, as any other version does, and no one else.
    @Test func approvalMailsTheTwoAMHPsTheirChanges() async throws {
        try await Self.withService { service, _ in
            let mailer = FakeMailer()
            service.app.changeMailer = mailer
            for (name, email) in [("ravi", "daniel.okafor@example.gov.uk"), ("sarah", "sarah.pennington@example.gov.uk"),
                                  ("helen", "helen.whitfield@example.gov.uk")] {
                #expect(try await service.send(.PUT, "/api/users/\(name)/email", as: "sam", json: ["email": email]).status == .ok)
            }
            let id = try await Self.askSarah(service)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            #expect(mailer.messages.isEmpty, "nothing is mailed before approval")
            #expect(try await service.send(.POST, "/api/swaps/\(id)/approve", as: "sam", json: [:]).status == .ok)
            #expect(Set(mailer.messages.map(\.to)) == ["daniel.okafor@example.gov.uk", "sarah.pennington@example.gov.uk"])
            #expect(mailer.messages.allSatisfy { $0.body.contains("swap") }, "\(mailer.messages.map(\.body))")
        }
    }
}
