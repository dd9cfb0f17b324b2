import Foundation
import NIOConcurrencyHelpers
import RotaCommands
@testable import Service
import Storage
import Testing
import Workforce

/// The months chain in the service (`ChainedHub`): publishing checks a month against the months
/// before it and says what it now breaks in the next month's draft; a solve job's child is given
/// the earlier months with `--previous` and chains them exactly as the command line does.
@Suite(.serialized) struct MonthChainServiceTests {
    static let december = Month("2026-12")!, january = Month("2027-01")!, february = Month("2027-02")!

    static func row(_ id: String, _ date: String, _ shift: String) -> Assignment {
        Assignment(amhpID: id, date: LocalDate(date)!, shiftCode: shift)
    }

    @Test func januarysDraftBreakingRestAfterDecembersPublishedNightIsReportedAndRefused() async throws {
        try await ServiceHarness.with(.sqlite) { service in
            let rotas = RotaRepository(database: service.app.db)
            // Simon Walsh: the night of 31 December (until 09:00 on 1 January), then the 09:00 day shift on 1 January.
            let december = try await rotas.saveDraft(Rota(month: Self.december, assignments: [Self.row("A34", "2026-12-31", "N")]),
                                                     createdBy: "sam")
            let january = try await rotas.saveDraft(Rota(month: Self.january, assignments: [Self.row("A34", "2027-01-01", "D")]),
                                                    createdBy: "sam")

            let published = try await service.send(.POST, "/api/rotas/\(december.id)/publish", as: "sam")
            #expect(published.status == .ok, "\(published.body.string)")
            let nextMonth = try #require(try ServiceHarness.object(published)["next_month"] as? [String: Any])
            #expect(nextMonth["rota_id"] as? String == january.id.uuidString)
            #expect(nextMonth["month"] as? String == "2027-01")
            let breaches = nextMonth["violations"] as? [[String: Any]] ?? []
            #expect(breaches.map { $0["rule"] as? String } == ["rest.daily"], "\(breaches)")
            #expect(breaches.first?["amhp_id"] as? String == "A34" && breaches.first?["date"] as? String == "2027-01-01")

            // The published December's page says the same to the manager.
            let page = try await service.send(.GET, "/rotas/\(december.id)", as: "sam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("now breaks:") && page.body.string.contains("/rotas/\(january.id)"), "\(page.body.string.prefix(3000))")

            let refused = try await service.send(.POST, "/api/rotas/\(january.id)/publish", as: "sam")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("rest.daily") && refused.body.string.contains("Simon Walsh"), "\(refused.body.string)")
            #expect(try await rotas.rota(id: january.id)?.record.status == .draft)
        }
    }

    /// The zero case: with nothing drafted for the next month, publishing says nothing of it; and
    /// January's draft without December's night publishes.
    @Test func withoutTheNightJanuaryPublishesAndNothingIsSaidOfANextMonthWithoutADraft() async throws {
        try await ServiceHarness.with(.sqlite) { service in
            let rotas = RotaRepository(database: service.app.db)
            let december = try await rotas.saveDraft(Rota(month: Self.december, assignments: [Self.row("A34", "2026-12-30", "N")]),
                                                     createdBy: "sam")
            let published = try await service.send(.POST, "/api/rotas/\(december.id)/publish", as: "sam")
            #expect(published.status == .ok, "\(published.body.string)")
            #expect(try ServiceHarness.object(published)["next_month"] == nil)
            let january = try await rotas.saveDraft(Rota(month: Self.january, assignments: [Self.row("A34", "2027-01-01", "D")]),
                                                    createdBy: "sam")
            let accepted = try await service.send(.POST, "/api/rotas/\(january.id)/publish", as: "sam")
            #expect(accepted.status == .ok, "\(accepted.body.string)")
        }
    }

    /// Month 3 (February) from stored months 1 and 2: the hub the service chains equals the one the
    /// command line's `--previous` builds from the files the solve job hands its child.
    @Test func theServicesChainedHubEqualsTheCommandLinesForAThirdMonth() async throws {
        let childHub = NIOLockedValueBox<Hub?>(nil)
        let runner = FakeChildJobRunner { request in
            let arguments = request.arguments
            let previous = zip(arguments, arguments.dropFirst()).filter { $0.0 == "--previous" }.flatMap { [$0.0, $0.1] }
            if let hubIndex = arguments.firstIndex(of: "--hub"), hubIndex + 1 < arguments.count,
               let options = try? PreviousOptions.parse(previous),
               let loaded = try? HubLoader.load(folder: URL(fileURLWithPath: arguments[hubIndex + 1])) {
                childHub.withLockedValue { $0 = try? options.chain(loaded, for: Self.february) }
            }
            var script = FakeChildJobRunner.Script()
            script.ending = .exited(code: 2)
            return script
        }
        try await ServiceHarness.with(.sqlite, runsSolveJobs: true, runner: runner) { service in
            let rotas = RotaRepository(database: service.app.db)
            // December published (an older December draft is not used); January has two drafts, the newer used.
            _ = try await rotas.saveDraft(Rota(month: Self.december, assignments: [Self.row("A01", "2026-12-31", "D")]), createdBy: "sam",
                                          at: Date(timeIntervalSince1970: 1_000))
            let december = try await rotas.saveDraft(Rota(month: Self.december, assignments: [
                Self.row("A34", "2026-12-31", "N"), Self.row("A02", "2026-12-26", "N"), Self.row("A02", "2026-12-25", "D")]),
                createdBy: "sam", at: Date(timeIntervalSince1970: 2_000))
            try await rotas.publish(id: december.id, by: "sam")
            _ = try await rotas.saveDraft(Rota(month: Self.january, assignments: [Self.row("A01", "2027-01-31", "N")]), createdBy: "sam",
                                          at: Date(timeIntervalSince1970: 3_000))
            _ = try await rotas.saveDraft(Rota(month: Self.january, assignments: [
                Self.row("A34", "2027-01-30", "N"), Self.row("A34", "2027-01-31", "N"), Self.row("A03", "2027-01-02", "D")]),
                createdBy: "sam", at: Date(timeIntervalSince1970: 4_000))

            let stored = try await HubRepository(database: service.app.db).require()
            let chained = try await ChainedHub.hub(stored, for: Self.february, rotas: rotas)
            #expect(chained.carryInCompleteFrom == LocalDate("2026-12-01"))
            #expect(chained.carryIn.contains(Self.row("A34", "2027-01-31", "N")) && !chained.carryIn.contains(Self.row("A01", "2027-01-31", "N")))
            #expect(!chained.carryIn.contains(Self.row("A01", "2026-12-31", "D")))
            #expect(chained.history(for: "A34")?.months == (stored.history(for: "A34")?.months ?? 0) + 2)
            #expect(chained.history(for: "A34")?.nights == (stored.history(for: "A34")?.nights ?? 0) + 3)

            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2027-02", "time_limit": 5])
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            _ = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"])
            let request = try #require(runner.requests.first)
            #expect(request.arguments.filter { $0 == "--previous" }.count == 2)
            let cli = try #require(childHub.withLockedValue { $0 }, "the child's --previous did not chain")
            #expect(cli.carryIn == chained.carryIn)
            #expect(cli.history == chained.history)
            #expect(cli.carryInCompleteFrom == chained.carryInCompleteFrom)
        }
    }
}
