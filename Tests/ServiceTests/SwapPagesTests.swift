import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The swap pages work without script: the /my panel's forms, the manager's /swaps page with
/// the checker's findings, and the confirmation step before publishing (the rota page's Publish
/// button, a form, is driven by Tests/browser/test_pages.py). People as in `SwapAPITests`.
@Suite(.serialized) struct SwapPagesTests {
    /// Posts a page form as `user`, with their session's `csrf_token`.
    static func post(_ service: ServiceHarness, _ path: String, as user: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        let token = service.tokens[user] ?? ""
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.contentType = .urlEncodedForm
        let all = fields.merging([FormToken.fieldName: FormToken.make(forSessionToken: token)]) { first, _ in first }
        let body = all.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        return try await service.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func anAMHPSwapsFromTheMyPanelAndTheManagerApprovesOnSwaps() async throws {
        try await SwapAPITests.withService { service, _ in
            let my = try await service.send(.GET, "/my?month=\(SwapAPITests.month)", as: "ravi")
            #expect(my.status == .ok)
            #expect(my.body.string.contains("id=\"swaps\"") && my.body.string.contains("value=\"\(SwapAPITests.day(10))|D\""))
            #expect(my.body.string.contains("value=\"A03|\(SwapAPITests.day(14))|D\""), "Sarah's shifts to pick from")

            // A shift he does not work: the page comes back with the reason and his note, answered 422.
            let refused = try await Self.post(service, "/my/swaps", as: "ravi", [
                "kind": "swap", "my_shift": "\(SwapAPITests.day(11))|D", "their_shift": "A03|\(SwapAPITests.day(14))|D",
                "notes": "Carol service", "month": "\(SwapAPITests.month)"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"swap-error\"") && refused.body.string.contains("rota has no D on \(SwapAPITests.day(11))"))
            #expect(refused.body.string.contains("value=\"Carol service\""))

            let asked = try await Self.post(service, "/my/swaps", as: "ravi", [
                "kind": "swap", "my_shift": "\(SwapAPITests.day(10))|D", "their_shift": "A03|\(SwapAPITests.day(14))|D",
                "notes": "Carol service", "month": "\(SwapAPITests.month)"])
            #expect(asked.status == .seeOther, "\(asked.body.string)")
            #expect(asked.headers.first(name: .location) == "/my?month=\(SwapAPITests.month)#swaps")
            let swap = try #require(try await SwapRepository(database: service.app.db).swaps().first)
            #expect(swap.kind == .swap && swap.colleagueID == "A03" && swap.notes == "Carol service")

            let hers = try await service.send(.GET, "/my", as: "sarah")
            #expect(hers.body.string.contains("/my/swaps/\(swap.id)/accept"))
            #expect(try await Self.post(service, "/my/swaps/\(swap.id)/accept", as: "sarah", [:]).status == .seeOther)

            let page = try await service.send(.GET, "/swaps", as: "sam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("data-swap-id=\"\(swap.id)\"") && page.body.string.contains("The checker finds no hard rule broken"))
            #expect(try await service.send(.GET, "/swaps", as: "ravi").status == .forbidden)
            #expect(try await Self.post(service, "/swaps/\(swap.id)/approve", as: "ravi", ["note": ""]).status == .forbidden)
            let approved = try await Self.post(service, "/swaps/\(swap.id)/approve", as: "sam", ["note": "Fine"])
            #expect(approved.status == .seeOther, "\(approved.body.string)")
            #expect(try await RotaRepository(database: service.app.db).published(month: SwapAPITests.month)?.record.changeKind == .swap)
        }
    }

    @Test func aDeclineWithoutANoteComesBackWithTheReason() async throws {
        try await SwapAPITests.withService { service, _ in
            let id = try await SwapAPITests.askSarah(service)
            #expect(try await service.send(.POST, "/api/swaps/\(id)/accept", as: "sarah").status == .ok)
            let refused = try await Self.post(service, "/swaps/\(id)/reject", as: "sam", ["note": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"swaps-error\"") && refused.body.string.contains("say why"))
            #expect(try await SwapAPITests.status(service, id) == "accepted")
        }
    }

    @Test func publishingFromThePageAsksFirst() async throws {
        try await ServiceHarness.with { service in
            let rotas = RotaRepository(database: service.app.db)
            let month = Month("2026-12")!
            let first = try await rotas.saveDraft(Rota(month: month, assignments: [
                Assignment(amhpID: "A01", date: LocalDate("2026-12-14")!, shiftCode: "D"),
                Assignment(amhpID: "A02", date: LocalDate("2026-12-15")!, shiftCode: "D")]), createdBy: "sam")
            let asked = try await Self.post(service, "/rotas/\(first.id)/publish", as: "sam", [:])
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("Publish December 2026?") && asked.body.string.contains("2 AMHPs will see it")
                    && asked.body.string.contains("first published version"), "\(asked.body.string)")
            #expect(try await rotas.rota(id: first.id)?.record.status == .draft, "asking publishes nothing")
            let confirmed = try await Self.post(service, "/rotas/\(first.id)/publish", as: "sam", ["confirm": "yes"])
            #expect(confirmed.status == .seeOther)
            #expect(try await rotas.rota(id: first.id)?.record.status == .published)

            let second = try await rotas.saveDraft(Rota(month: month, assignments: []), createdBy: "sam")
            let replacing = try await Self.post(service, "/rotas/\(second.id)/publish", as: "sam", [:])
            #expect(replacing.body.string.contains("0 AMHPs will see it; it replaces version 1"))
            #expect(try await Self.post(service, "/rotas/\(second.id)/publish", as: "jo", ["confirm": "yes"]).status == .forbidden)
            #expect(try await rotas.rota(id: second.id)?.record.status == .draft)
        }
    }
}
