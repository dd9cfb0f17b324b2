import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// Scenario runs in the database (issue 17): submitted through one instance, claimed and run by
/// another sharing the database (a worker), and read, downloaded and cancelled through the first.
@Suite struct ScenarioRunInstancesTests {
    static let summary = #"{"columns":[{"gap":null,"name":"Baseline","notes":[],"seconds":1,"status":"optimal"}],"hub_name":"Demo","measures":[],"month":"2026-12"}"#

    /// A fake `amhp scenario` that writes the comparison and one table, after `seconds`.
    static func runner(seconds: Double = 0.3, untilStopped: Bool = false) -> FakeChildJobRunner {
        FakeChildJobRunner { _ in
            FakeChildJobRunner.Script(step: .milliseconds(Int(seconds * 1000)), runsUntilStopped: untilStopped,
                                      files: ["out/scenarios.json": Data(summary.utf8), "out/scenarios.csv": Data("measure,Baseline\ncover,1\n".utf8)])
        }
    }

    /// A second service on the web instance's database: a worker that claims in its own name.
    static func withWorker(on web: ServiceHarness, runner: FakeChildJobRunner, _ body: (Application) async throws -> Void) async throws {
        let worker = try await Application.make(.testing)
        do {
            var configuration = web.app.plannerConfiguration
            configuration.runsSolveJobs = true
            configuration.instanceName = "worker-b"
            configuration.workspace = web.folder.appendingPathComponent("worker-b")
            try await PlannerService.configure(worker, configuration)
            worker.childJobRunner = runner
            try await worker.asyncBoot()
            try await body(worker)
        } catch {
            try? await worker.asyncShutdown()
            throw error
        }
        try await worker.asyncShutdown()
    }

    static func waitForRun(_ service: ServiceHarness, _ id: String, until: Set<String>, seconds: Double = Eventually.bound) async throws -> [String: Any] {
        var run: [String: Any] = [:]
        let reached = try await Eventually.until(seconds: seconds) {
            run = try ServiceHarness.object(try await service.send(.GET, "/api/scenario-runs/\(id)", as: "lee"))
            return (run["status"] as? String).map(until.contains) ?? false
        }
        if !reached { Issue.record("the run did not become \(until) in \(Int(seconds)) s: \(run)") }
        return run
    }

    static let backends: [ServiceHarness.Backend] = ServiceHarness.Backend.postgresURL == nil ? [.sqlite] : ServiceHarness.Backend.allCases

    @Test(arguments: backends)
    func aRunSubmittedOnOneInstanceIsRunByAnotherAndReadThroughTheFirst(_ backend: ServiceHarness.Backend) async throws {
        let runner = Self.runner()
        try await ServiceHarness.with(backend) { web in
            let body: [String: Any] = ["month": "2026-12", "time_limit": 2, "scenarios": ["name: Lose A05\nremove:\n  - {id: A05}\n"]]
            let submitted = try await web.send(.POST, "/api/scenario-runs", as: "lee", json: body)
            #expect(submitted.status == .accepted, "\(submitted.body.string)")
            let id = try #require(try ServiceHarness.object(submitted)["id"] as? String)
            // The same request while it is queued shares the run.
            let again = try await web.send(.POST, "/api/scenario-runs", as: "lee", json: body)
            let againID = try ServiceHarness.object(again)["id"] as? String
            #expect(again.status == .ok && againID == id)
            // The web instance runs nothing itself.
            try await Task.sleep(for: .milliseconds(400))
            #expect(try ServiceHarness.object(try await web.send(.GET, "/api/scenario-runs/\(id)", as: "lee"))["status"] as? String == "queued")

            try await Self.withWorker(on: web, runner: runner) { _ in
                let run = try await Self.waitForRun(web, id, until: ["done", "failed", "cancelled"])
                #expect(run["status"] as? String == "done", "\(run)")
                #expect(run["ran_by"] as? String == "worker-b" && run["attempts"] as? Int == 1)
                #expect(run["files"] as? [String] == ["scenarios.csv"])
                #expect(((run["result"] as? [String: Any])?["hub_name"] as? String) == "Demo")
                let csv = try await web.send(.GET, "/api/scenario-runs/\(id)/files/scenarios.csv", as: "lee")
                #expect(csv.status == .ok && csv.body.string.contains("cover,1"))
            }
            #expect(runner.requests.count == 1)
            #expect(runner.requests.first?.arguments.first == "scenario")
            let events = try await AuditLogRepository(database: web.app.db).events(subject: "scenario:\(id)").map(\.action)
            #expect(events.contains("scenario.claimed") && events.contains("scenario.done"))
        }
    }

    /// A solve job queued on a web instance (`--no-solve-jobs`) is claimed and run by the worker.
    @Test(arguments: backends)
    func aSolveJobQueuedOnTheWebInstanceIsRunByTheWorker(_ backend: ServiceHarness.Backend) async throws {
        let runner = FakeChildJobRunner { _ in FakeChildJobRunner.Script(ending: .exited(code: 1), errors: "no solver here") }
        try await ServiceHarness.with(backend) { web in
            let queued = try await web.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 5])
            #expect(queued.status == .accepted)
            let id = try #require(try ServiceHarness.object(queued)["id"] as? String)
            try await Self.withWorker(on: web, runner: runner) { _ in
                let job = try await RotaWorkflowTests.waitForJob(web, id, until: ["done", "failed", "cancelled"])
                #expect(job["status"] as? String == "failed" && job["ran_by"] as? String == "worker-b" && job["attempts"] as? Int == 1)
                #expect((job["error"] as? String)?.contains("no solver here") == true)
            }
            #expect(runner.requests.count == 1)
        }
    }

    @Test func cancellingOnTheWebInstanceStopsTheWorkersChild() async throws {
        let runner = Self.runner(untilStopped: true)
        try await ServiceHarness.with { web in
            let submitted = try await web.send(.POST, "/api/scenario-runs", as: "lee",
                                               json: ["month": "2026-12", "time_limit": 2, "scenarios": ["name: Lose A05\nremove:\n  - {id: A05}\n"]])
            let id = try #require(try ServiceHarness.object(submitted)["id"] as? String)
            try await Self.withWorker(on: web, runner: runner) { _ in
                _ = try await Self.waitForRun(web, id, until: ["running"])
                let cancelled = try await web.send(.POST, "/api/scenario-runs/\(id)/cancel", as: "lee")
                #expect(try ServiceHarness.object(cancelled)["status"] as? String == "cancelled")
                try await Eventually.until { runner.stopped > 0 }
                #expect(runner.stopped == 1)
            }
        }
    }
}
