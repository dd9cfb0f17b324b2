import Foundation
import NIOConcurrencyHelpers
import NIOCore
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Pins on a draft (the API, its refusals, the grid's marks), a draft re-solved keeping its pins,
/// and the published rota re-planned from a date into a draft based on it, all through the fake
/// child runner. Helen Whitfield is A01, Daniel Okafor A02.
@Suite(.serialized) struct RotaPinReplanTests {
    static let december = Month("2026-12")!

    static func draft(_ service: ServiceHarness) async throws -> RotaRecord {
        try await RotaRepository(database: service.app.db)
            .saveDraft(Rota(month: december, assignments: RotaVersionTests.published), createdBy: "sam")
    }

    static func pins(_ response: TestingHTTPResponse) throws -> [String] {
        try ServiceHarness.array(response).map { pin in
            ["amhp_id", "date", "shift"].map { pin[$0] as? String ?? "off" }.joined(separator: " ")
        }
    }

    /// A form posted from a page, with the session's token.
    static func post(_ service: ServiceHarness, _ path: String, form: String) async throws -> TestingHTTPResponse {
        let token = try #require(service.tokens["sam"].map(FormToken.make(forSessionToken:)))
        return try await service.app.testing().sendRequest(.POST, path, headers: [
            "Authorization": "Bearer \(service.tokens["sam"] ?? "")", "Content-Type": "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "csrf_token=\(token)" + (form.isEmpty ? "" : "&" + form)))
    }

    @Test func aManagerPinsAndUnpinsCellsOfADraft() async throws {
        try await ServiceHarness.with { service in
            let draft = try await Self.draft(service)
            let path = "/api/rotas/\(draft.id)/pins"
            // Helen's day shift on the 14th, as it is; Daniel off on the 14th (he was on D: the cell is cleared).
            let first = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A01", "date": "2026-12-14", "shift": "D"])
            #expect(first.status == .ok, "\(first.body.string)")
            let second = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A02", "date": "2026-12-14", "shift": NSNull()])
            #expect(try Self.pins(second) == ["A01 2026-12-14 D", "A02 2026-12-14 off"])
            let stored = try #require(try await RotaRepository(database: service.app.db).rota(id: draft.id))
            #expect(!stored.rota.assignments.contains { $0.amhpID == "A02" })
            #expect(stored.rota.assignments.contains { $0.amhpID == "A01" && $0.date == LocalDate("2026-12-14") && $0.isCoordinator })
            #expect(try Self.pins(try await service.send(.GET, path, as: "sam")) == ["A01 2026-12-14 D", "A02 2026-12-14 off"])

            // The zero case: unpinning a cell with no pin changes nothing.
            let none = try await service.send(.DELETE, path + "?amhp_id=A02&date=2026-12-20", as: "sam")
            #expect(none.status == .ok)
            #expect(try Self.pins(none) == ["A01 2026-12-14 D", "A02 2026-12-14 off"])
            #expect(try Self.pins(try await service.send(.DELETE, path + "?amhp_id=A02&date=2026-12-14", as: "sam")) == ["A01 2026-12-14 D"])
            // A cell edited by hand is no longer pinned.
            let edited = try await service.send(.PUT, "/api/rotas/\(draft.id)/assignments", as: "sam",
                                                json: ["amhp_id": "A01", "date": "2026-12-14", "shift": NSNull()])
            #expect(edited.status == .ok, "\(edited.body.string)")
            #expect(try Self.pins(try await service.send(.GET, path, as: "sam")).isEmpty)

            for user in ["lee", "jo", "helen"] {
                let refused = try await service.send(.PUT, path, as: user, json: ["amhp_id": "A01", "date": "2026-12-14", "shift": "D"])
                #expect(refused.status == .forbidden, "\(user)")
            }
        }
    }

    @Test func aPinThatBreaksAHardRuleOrIsBadIsRefusedNamingWhy() async throws {
        try await ServiceHarness.with { service in
            // No published rota: the sickness makes no version.
            try await RotaVersionTests.leave(service, "A01", "sickness", "2026-12-21", "2026-12-22")
            let draft = try await Self.draft(service)
            let path = "/api/rotas/\(draft.id)/pins"
            let absent = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A01", "date": "2026-12-21", "shift": "D"])
            #expect(absent.status == .unprocessableEntity)
            #expect(absent.body.string.contains("eligibility.absence"), "\(absent.body.string)")
            #expect(try await RotaRepository(database: service.app.db).pins(rotaID: draft.id).isEmpty)
            // Pinning Helen off on her sick day breaks nothing.
            let off = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A01", "date": "2026-12-21", "shift": NSNull()])
            #expect(off.status == .ok, "\(off.body.string)")

            let bad = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A99", "date": "2026-12-40", "shift": "ZZ"])
            #expect(bad.status == .unprocessableEntity)
            let fields = try #require(try ServiceHarness.object(bad)["problems"] as? [[String: Any]]).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["amhp_id", "date", "shift"])
            let january = try await service.send(.PUT, path, as: "sam", json: ["amhp_id": "A01", "date": "2027-01-02", "shift": "D"])
            #expect(january.status == .unprocessableEntity && january.body.string.contains("not in the rota's month"))
            let noQuery = try await service.send(.DELETE, path, as: "sam")
            #expect(noQuery.status == .unprocessableEntity && noQuery.body.string.contains("amhp_id"))

            let published = try await RotaVersionTests.publishVersionOne(service)
            let onPublished = try await service.send(.PUT, "/api/rotas/\(published.id)/pins", as: "sam",
                                                     json: ["amhp_id": "A01", "date": "2026-12-14", "shift": "D"])
            #expect(onPublished.status == .conflict)
        }
    }

    /// What the fake child was given: its arguments and the files it read.
    final class Seen: Sendable {
        let box = NIOLockedValueBox<[String: String]>([:])
        func record(_ name: String, _ text: String?) { box.withLockedValue { $0[name] = text } }
        subscript(_ name: String) -> String? { box.withLockedValue { $0[name] } }
    }

    /// A child that reads its pins and published rota and writes `rotaCSV` as its rota.
    static func runner(_ seen: Seen, rotaCSV: String, changesCSV: String? = nil) -> FakeChildJobRunner {
        FakeChildJobRunner { request in
            for option in ["--pins", "--rota"] {
                if let file = ChildJobRunnerTests.option(option, in: request) {
                    seen.record(option, try? String(contentsOfFile: file, encoding: .utf8))
                }
            }
            seen.record("arguments", request.arguments.joined(separator: " "))
            var script = FakeChildJobRunner.Script()
            script.files = ["out/rota.csv": Data(rotaCSV.utf8)]
            if let changesCSV { script.files["out/changes.csv"] = Data(changesCSV.utf8) }
            script.result = try? ChildJobRunnerTests.result().encoded()
            return script
        }
    }

    @Test func reSolvingADraftPassesItsPinsAndTheNewDraftKeepsThem() async throws {
        let seen = Seen()
        let runner = Self.runner(seen, rotaCSV: "amhp_id,date,shift\nA01,2026-12-14,D\nA02,2026-12-15,D\n")
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let draft = try await Self.draft(service)
            let pin = try await service.send(.PUT, "/api/rotas/\(draft.id)/pins", as: "sam",
                                             json: ["amhp_id": "A01", "date": "2026-12-14", "shift": "D"])
            #expect(pin.status == .ok, "\(pin.body.string)")
            let queued = try await service.send(.POST, "/api/rotas/\(draft.id)/resolve", as: "sam", json: ["time_limit": 5])
            #expect(queued.status == .accepted, "\(queued.body.string)")
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            let job = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"])
            #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
            #expect(seen["arguments"]?.hasPrefix("rota --hub ") == true && seen["arguments"]?.contains("--pins ") == true)
            #expect(seen["--pins"]?.contains("amhp_id,date,shift") == true && seen["--pins"]?.contains("A01,2026-12-14,D") == true)
            let result = try #require(UUID(uuidString: job["rota_id"] as? String ?? ""))
            let pins = try await RotaRepository(database: service.app.db).pins(rotaID: result)
            #expect(pins == [Pin(amhpID: "A01", date: LocalDate("2026-12-14")!, shiftCode: "D")])
            #expect(try await service.send(.POST, "/api/rotas/\(draft.id)/resolve", as: "lee", json: [String: Any]()).status == .forbidden)
        }
    }

    /// The re-plan (a fake child) takes Helen off the 14th to 16th and gives Daniel the 15th.
    @Test func replanningThePublishedRotaMakesADraftBasedOnItThatPublishesAsAReplan() async throws {
        let seen = Seen()
        // The child's changes.csv; the page works the reasons out again with the same diff (RotaDiff).
        let changes = "amhp_id,name,date,before,after,reason\n" + ["14", "15", "16"].map { day in
            "A01,Helen Whitfield,2026-12-\(day),D,,sickness from 2026-12-14\n" }.joined()
        let runner = Self.runner(seen, rotaCSV: "amhp_id,date,shift\nA01,2026-12-20,D\nA02,2026-12-14,D\nA02,2026-12-15,D\n",
                                 changesCSV: changes)
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let published = try await RotaVersionTests.publishVersionOne(service)
            let path = "/api/rotas/\(published.id)/replan"
            let outside = try await service.send(.POST, path, as: "sam", json: ["from": "2027-01-02"])
            #expect(outside.status == .unprocessableEntity && outside.body.string.contains("from"))
            #expect(try await service.send(.POST, path, as: "sam", json: ["from": "nonsense"]).status == .unprocessableEntity)
            let draft = try await Self.draft(service)
            #expect(try await service.send(.POST, "/api/rotas/\(draft.id)/replan", as: "sam", json: ["from": "2026-12-14"]).status == .conflict)
            #expect(try await service.send(.POST, path, as: "lee", json: ["from": "2026-12-14"]).status == .forbidden)

            let queued = try await service.send(.POST, path, as: "sam", json: ["from": "2026-12-14", "time_limit": 5])
            #expect(queued.status == .accepted, "\(queued.body.string)")
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            let job = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"])
            #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
            let arguments = seen["arguments"] ?? ""
            #expect(arguments.hasPrefix("replan --hub ") && arguments.contains(" --from 2026-12-14 ") && !arguments.contains("--month"))
            #expect(!arguments.contains("--pins"))
            #expect(seen["--rota"]?.contains("A01,Helen Whitfield,2026-12-14,D") == true, "\(seen["--rota"] ?? "")")

            let rotas = RotaRepository(database: service.app.db)
            let madeID = try #require(UUID(uuidString: job["rota_id"] as? String ?? ""))
            let made = try #require(try await rotas.rota(id: madeID))
            #expect(made.record.status == .draft && made.record.basedOn == published.id && made.record.changeKind == .replan)
            #expect(made.record.changeReason == "Re-planned from 2026-12-14")

            let page = try await service.send(.GET, "/rotas/\(made.record.id)", as: "sam")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("What the re-plan changed") && html.contains("<strong id=\"replan-change-count\">4</strong>"))
            #expect(html.contains("Helen Whitfield <span class=\"muted\">A01</span></th><td></td><td>Mon 2026-12-14 D, Tue 2026-12-15 D, Wed 2026-12-16 D</td>"))
            #expect(html.contains("Wed 2026-12-16 D</td><td>re-planned (3 cells)</td></tr>"))
            #expect(html.contains("Daniel Okafor <span class=\"muted\">A02</span></th><td>Tue 2026-12-15 D</td><td></td><td>re-planned (1 cell)"))

            // Pinning a cell of the re-plan and re-solving re-plans again from the same day, keeping the pin.
            let pinned = try await service.send(.PUT, "/api/rotas/\(madeID)/pins", as: "sam",
                                                json: ["amhp_id": "A01", "date": "2026-12-20", "shift": "D"])
            #expect(pinned.status == .ok, "\(pinned.body.string)")
            let again = try await service.send(.POST, "/api/rotas/\(madeID)/resolve", as: "sam", json: ["time_limit": 5])
            #expect(again.status == .accepted, "\(again.body.string)")
            let againID = try #require(try ServiceHarness.object(again)["id"] as? String)
            let redone = try await RotaWorkflowTests.waitForJob(service, againID, until: ["done", "failed"])
            #expect(redone["status"] as? String == "done", "\(redone["error"] ?? "")")
            let rerun = seen["arguments"] ?? ""
            #expect(rerun.hasPrefix("replan --hub ") && rerun.contains(" --from 2026-12-14 ") && rerun.contains("--pins "), "\(rerun)")
            #expect(seen["--pins"]?.contains("A01,2026-12-20,D") == true)
            let redoneID = try #require(UUID(uuidString: redone["rota_id"] as? String ?? ""))
            let redoneRota = try #require(try await rotas.rota(id: redoneID))
            #expect(redoneRota.record.basedOn == published.id && redoneRota.record.changeKind == .replan)

            let second = try await rotas.publish(id: made.record.id, by: "sam")
            #expect(second.version == 2 && second.changeKind == .replan && second.basedOn == published.id)
        }
    }

    @Test func theRotaPageShowsPinsAndTheReplanFormWhichQueuesTheJob() async throws {
        try await ServiceHarness.with { service in
            let draft = try await Self.draft(service)
            let pinned = try await service.send(.PUT, "/api/rotas/\(draft.id)/pins", as: "sam",
                                                json: ["amhp_id": "A02", "date": "2026-12-14", "shift": "D"])
            #expect(pinned.status == .ok, "\(pinned.body.string)")
            let grid = try await service.send(.GET, "/rotas/\(draft.id)", as: "sam").body.string
            #expect(grid.contains("id=\"cell-A02-2026-12-14\" class=\"cell shift-0 pinned\""), "pinned cell's class")
            #expect(grid.contains("Mon 2026-12-14 · D · pinned\">D<span class=\"pin-mark\" aria-hidden=\"true\">📌</span><span class=\"visually-hidden\"> pinned</span></button>"))
            #expect(grid.contains("id=\"pick-pin\"") && grid.contains("Re-solve keeping pins") && grid.contains("<strong id=\"pin-count\">1</strong>"))
            #expect(!grid.contains("id=\"replan-form\""))

            let published = try await RotaVersionTests.publishVersionOne(service)
            let page = try await service.send(.GET, "/rotas/\(published.id)", as: "sam").body.string
            #expect(page.contains("id=\"replan-form\"") && page.contains("name=\"csrf_token\""))
            #expect(page.contains("min=\"2026-12-01\" max=\"2026-12-31\""))
            let leadsPage = try await service.send(.GET, "/rotas/\(published.id)", as: "lee").body.string
            #expect(!leadsPage.contains("replan-form"))

            let posted = try await Self.post(service, "/rotas/\(published.id)/replan", form: "from=2026-12-14")
            #expect(posted.status == .seeOther, "\(posted.body.string)")
            let location = try #require(posted.headers.first(name: .location))
            #expect(location.hasPrefix("/rotas/\(published.id.uuidString)?job="))
            let jobs = try await SolveJobRepository(database: service.app.db).jobs(month: Self.december)
            #expect(jobs.count == 1 && jobs.first?.parameters.replanFrom == LocalDate("2026-12-14"))
            #expect(jobs.first?.parameters.rotaID == published.id)
            let following = try await service.send(.GET, location, as: "sam").body.string
            #expect(following.contains("data-job-id=\"\(jobs.first?.id.uuidString ?? "?")\""))
        }
    }

    /// End to end with the built `amhp` (`amhp replan --pins`): the published rota, with Daniel pinned
    /// on the 20th's day shift, re-planned from the 14th. The days before stay as published, the pin
    /// holds, and the draft is a re-plan based on the published rota, with the pin kept.
    @Test func replanningWithTheBuiltAmhpKeepsThePastAndThePins() async throws {
        try await ServiceHarness.with(runsSolveJobs: true) { service in
            let rotas = RotaRepository(database: service.app.db)
            let pin = Pin(amhpID: "A02", date: LocalDate("2026-12-20")!, shiftCode: "D")
            let base = Rota(month: Self.december, assignments: RotaVersionTests.published
                + [Assignment(amhpID: "A02", date: LocalDate("2026-12-20")!, shiftCode: "D", isCoordinator: false)])
            let draft = try await rotas.saveDraft(base, createdBy: "sam", pins: [pin])
            let published = try await rotas.publish(id: draft.id, by: "sam")

            let queued = try await service.send(.POST, "/api/rotas/\(published.id)/replan", as: "sam",
                                                json: ["from": "2026-12-14", "time_limit": 5])
            #expect(queued.status == .accepted, "\(queued.body.string)")
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            let job = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"])
            #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
            let madeID = try #require(UUID(uuidString: job["rota_id"] as? String ?? ""))
            let made = try #require(try await rotas.rota(id: madeID))
            #expect(made.record.basedOn == published.id && made.record.changeKind == .replan)
            let before = { (rota: Rota) in Set(rota.assignments.filter { $0.date < LocalDate("2026-12-14")! }) }
            #expect(before(made.rota) == before(base))
            #expect(made.rota.shift(of: "A02", on: LocalDate("2026-12-20")!) == "D")
            #expect(try await rotas.pins(rotaID: madeID) == [pin])
            // The half-empty published rota is filled from the 14th; the draft's page gives each AMHP's changes and why.
            let page = try await service.send(.GET, "/rotas/\(madeID)", as: "sam").body.string
            #expect(page.contains("re-planned ("))
        }
    }
}
