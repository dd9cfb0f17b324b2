import Foundation
import NIOConcurrencyHelpers
import SQLKit
@testable import Service
import Storage
import Testing
import Vapor
import Workforce

/// One pool of child slots per instance (`ChildPool`, `--job-concurrency`): solve jobs run up to
/// that many at once, each claimed once under this instance's lease; identical solve requests
/// share one queued job.
@Suite struct JobPoolTests {
    @Test func thePoolNeverRunsMoreThanItsSlotsAndServesWaitersInOrder() async throws {
        let pool = ChildPool(capacity: 3)
        let counts = NIOLockedValueBox((now: 0, most: 0, order: [Int]()))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    try await pool.run {
                        counts.withLockedValue { $0.now += 1; $0.most = max($0.most, $0.now); $0.order.append(index) }
                        try await Task.sleep(for: .milliseconds(30))
                        counts.withLockedValue { $0.now -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        let seen = counts.withLockedValue { $0 }
        #expect(seen.most == 3 && pool.mostAtOnce == 3)
        #expect(seen.order.count == 12 && pool.running == 0 && pool.waiting == 0)
    }

    @Test func aWaiterCancelledWhileWaitingHoldsNoSlot() async throws {
        let pool = ChildPool(capacity: 1)
        #expect(await pool.acquire())
        let waiter = Task { await pool.acquire() }
        while pool.waiting == 0 { try await Task.sleep(for: .milliseconds(5)) }
        waiter.cancel()
        #expect(await waiter.value == false)
        #expect(pool.waiting == 0 && pool.running == 1)
        pool.release()
        #expect(pool.running == 0)
    }

    /// Four solves, two slots: two children at a time, each job claimed once in this instance's name.
    @Test func theWorkerRunsAsManyJobsAtOnceAsItHasSlots() async throws {
        let runner = FakeChildJobRunner { _ in
            FakeChildJobRunner.Script(step: .milliseconds(600), ending: .exited(code: 1), errors: "no solver here")
        }
        // A lease no busy moment of the whole suite can outlast: this test is about slots, not expiry.
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner, configure: { configuration in
            (configuration.jobConcurrency, configuration.instanceName, configuration.jobLease) = (2, "worker-a", 600)
        }) { service in
            var ids: [String] = []
            for seed in 1...4 {
                let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "seed": seed])
                #expect(queued.status == .accepted, "\(queued.body.string)")
                ids.append(try #require(try ServiceHarness.object(queued)["id"] as? String))
            }
            for id in ids {
                let job = try await RotaWorkflowTests.waitForJob(service, id, until: ["done", "failed", "cancelled"])
                #expect(job["status"] as? String == "failed")
                #expect(job["attempts"] as? Int == 1 && job["ran_by"] as? String == "worker-a")
            }
            #expect(service.app.childPool.mostAtOnce == 2)
            #expect(runner.requests.count == 4)
        }
    }

    /// A worker whose job was taken over by another instance (its lease ran out meanwhile) finds
    /// it on its next renewal, stops its child and saves nothing.
    @Test func aWorkerThatLosesItsLeaseStopsItsChildAndSavesNothing() async throws {
        let runner = FakeChildJobRunner { _ in FakeChildJobRunner.Script(runsUntilStopped: true) }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner, configure: { configuration in
            (configuration.instanceName, configuration.jobLease) = ("worker-a", 2)
        }) { service in
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 60])
            let id = try #require(try ServiceHarness.object(queued)["id"] as? String)
            _ = try await RotaWorkflowTests.waitForJob(service, id, until: ["running"])
            let sql = try #require(service.app.db as? any SQLDatabase)
            // Worker B holds it now, under a lease of its own that it keeps renewing: without the later
            // expiry, B's lease would run out 2 s on and worker A would rightly claim the job again.
            try await sql.raw("""
                UPDATE solve_jobs SET lease_owner = 'worker-b', lease_expires_at = \(bind: Date().addingTimeInterval(3600))
                WHERE id = \(bind: try #require(UUID(uuidString: id)))
                """).run()
            try await Eventually.until { runner.stopped > 0 }
            #expect(runner.stopped == 1)
            let job = try ServiceHarness.object(try await service.send(.GET, "/api/solve-jobs/\(id)", as: "sam"))
            #expect(job["status"] as? String == "running" && job["ran_by"] as? String == "worker-b")
            #expect(try await RotaRepository(database: service.app.db).rotas().isEmpty)
        }
    }

    @Test func anIdenticalSolveRequestSharesTheQueuedJob() async throws {
        try await ServiceHarness.with { service in
            let first = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "seed": 3, "time_limit": 20])
            #expect(first.status == .accepted)
            let again = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "seed": 3, "time_limit": 20])
            #expect(again.status == .ok, "\(again.body.string)")
            let firstID = try ServiceHarness.object(first)["id"] as? String
            let againID = try ServiceHarness.object(again)["id"] as? String
            #expect(firstID != nil && againID == firstID)
            #expect(again.headers.first(name: .location) == "/api/solve-jobs/\(firstID ?? "")")
            let other = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "seed": 4, "time_limit": 20])
            #expect(other.status == .accepted)
            let fresh = try ServiceHarness.object(first)
            #expect(fresh["attempts"] as? Int == 0 && fresh.keys.contains("attempts"))
        }
    }
}
