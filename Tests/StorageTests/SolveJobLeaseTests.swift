import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce

/// Solve jobs claimed by worker instances under leases (issue 17): each job claimed by one
/// instance at a time, re-queued when its instance stops renewing, failed after three tries, and
/// changed only by the instance that holds it. On PostgreSQL (DATABASE_URL) the claims race
/// through `SELECT … FOR UPDATE SKIP LOCKED`.
@Suite struct SolveJobLeaseTests {
    static let december = Month("2026-12")!
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test(arguments: TestBackend.available)
    func aClaimHoldsALeaseInTheInstancesName(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start)
            #expect(queued.attempts == 0 && queued.ranBy == nil)
            let claimed = try #require(try await jobs.claimNext(instance: "worker-a", lease: 30, at: Self.start))
            #expect(claimed.id == queued.id && claimed.status == .running)
            #expect(claimed.attempts == 1 && claimed.ranBy == "worker-a")
            // Held, so not claimed again before the lease runs out.
            #expect(try await jobs.claimNext(instance: "worker-b", lease: 30, at: Self.start.addingTimeInterval(29)) == nil)
            let events = try await AuditLogRepository(database: store.database).events(subject: "solve:\(queued.id)")
            let claim = try #require(events.first { $0.action == "solve.claimed" })
            #expect(claim.detail == #"{"attempt":"1","instance":"worker-a"}"#)
        }
    }

    @Test(arguments: TestBackend.available)
    func anExpiredLeaseIsRequeuedThenFailedAfterThreeTries(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start)
            var now = Self.start
            for attempt in 1...3 {
                let claimed = try #require(try await jobs.claimNext(instance: "worker-\(attempt)", lease: 10, at: now))
                #expect(claimed.id == queued.id && claimed.attempts == attempt)
                // The instance stops: nobody renews, and the lease runs out.
                now = now.addingTimeInterval(11)
                try await jobs.expireLeases(at: now)
                let after = try #require(try await jobs.job(id: queued.id))
                if attempt < 3 {
                    #expect(after.status == .queued && after.attempts == attempt && after.ranBy == "worker-\(attempt)")
                } else {
                    #expect(after.status == .failed && after.attempts == 3)
                    let error = after.error ?? ""
                    #expect(error.contains("worker-3") && error.contains("stopped") && error.contains("3 times"), "\(error)")
                }
            }
            #expect(try await jobs.claimNext(instance: "worker-4", lease: 10, at: now) == nil)
            let actions = try await AuditLogRepository(database: store.database).events(subject: "solve:\(queued.id)").map(\.action)
            #expect(actions.filter { $0 == "solve.requeued" }.count == 2 && actions.contains("solve.failed"))
        }
    }

    @Test(arguments: TestBackend.available)
    func onlyTheHolderRenewsProgressesAndFinishes(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start)
            _ = try #require(try await jobs.claimNext(instance: "worker-a", lease: 10, at: Self.start))
            let renewed = try await jobs.renewLease(id: queued.id, instance: "worker-a", lease: 10, at: Self.start.addingTimeInterval(8))
            #expect(renewed.ranBy == "worker-a")
            await #expect(throws: StorageError.jobLeaseLost(id: queued.id, instance: "worker-b")) {
                try await jobs.renewLease(id: queued.id, instance: "worker-b", lease: 10, at: Self.start.addingTimeInterval(8))
            }
            // Renewed at 8 s, so still held at 12 s; lost at 19 s, and another instance takes it.
            try await jobs.expireLeases(at: Self.start.addingTimeInterval(12))
            #expect(try await jobs.job(id: queued.id)?.status == .running)
            let taken = try #require(try await jobs.claimNext(instance: "worker-b", lease: 10, at: Self.start.addingTimeInterval(19)))
            #expect(taken.ranBy == "worker-b" && taken.attempts == 2)
            await #expect(throws: StorageError.jobLeaseLost(id: queued.id, instance: "worker-a")) {
                try await jobs.renewLease(id: queued.id, instance: "worker-a", at: Self.start.addingTimeInterval(20))
            }
            await #expect(throws: StorageError.jobLeaseLost(id: queued.id, instance: "worker-a")) {
                try await jobs.reportProgress(id: queued.id, progress: "late", instance: "worker-a")
            }
            await #expect(throws: StorageError.jobLeaseLost(id: queued.id, instance: "worker-a")) {
                try await jobs.fail(id: queued.id, error: "late", instance: "worker-a")
            }
            let rota = try await RotaRepository(database: store.database).saveDraft(Rota(month: Self.december, assignments: []), createdBy: "solver")
            let done = try await jobs.finish(id: queued.id, rotaID: rota.id, instance: "worker-b")
            #expect(done.status == .done && done.ranBy == "worker-b")
            // A cancelled job's lease is lost to its holder too.
            let second = try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start)
            _ = try #require(try await jobs.claimNext(instance: "worker-a", lease: 10, at: Self.start))
            try await jobs.cancel(id: second.id, by: "sam")
            await #expect(throws: StorageError.jobLeaseLost(id: second.id, instance: "worker-a")) {
                try await jobs.renewLease(id: second.id, instance: "worker-a", at: Self.start.addingTimeInterval(1))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aReleasedJobIsQueuedAgainWithoutCountingTheTry(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start)
            _ = try #require(try await jobs.claimNext(instance: "worker-a", lease: 10, at: Self.start))
            try await jobs.releaseLease(id: queued.id, instance: "worker-a", at: Self.start.addingTimeInterval(1))
            let again = try #require(try await jobs.claimNext(instance: "worker-b", lease: 10, at: Self.start.addingTimeInterval(2)))
            #expect(again.id == queued.id && again.attempts == 1 && again.ranBy == "worker-b")
        }
    }

    /// Twenty jobs, five instances claiming at once over and over: every job is claimed exactly once.
    @Test(arguments: TestBackend.available)
    func concurrentClaimersEachTakeADifferentJob(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            var queued: Set<UUID> = []
            for offset in 0..<20 {
                queued.insert(try await jobs.enqueue(month: Self.december, by: "sam", at: Self.start.addingTimeInterval(Double(offset))).id)
            }
            let claims = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for worker in 0..<5 {
                    group.addTask {
                        var mine: [UUID] = []
                        while let job = try await jobs.claimNext(instance: "worker-\(worker)", lease: 600) { mine.append(job.id) }
                        return mine
                    }
                }
                return try await group.reduce(into: [UUID]()) { $0 += $1 }
            }
            #expect(claims.count == 20)
            #expect(Set(claims) == queued)
            let claimedEvents = try await AuditLogRepository(database: store.database).events(limit: 500).filter { $0.action == "solve.claimed" }
            #expect(claimedEvents.count == 20)
        }
    }

    @Test(arguments: TestBackend.available)
    func anIdenticalQueuedJobIsSharedNotDuplicated(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let parameters = try SolveJobParameters(timeLimit: 30, seed: 4)
            let first = try await jobs.enqueueUnlessQueued(month: Self.december, parameters: parameters, by: "sam")
            let second = try await jobs.enqueueUnlessQueued(month: Self.december, parameters: parameters, by: "alex")
            #expect(!first.isShared && second.isShared && second.job.id == first.job.id)
            // Another seed or another month is another job.
            let otherSeed = try await jobs.enqueueUnlessQueued(month: Self.december, parameters: try SolveJobParameters(timeLimit: 30, seed: 5), by: "sam")
            let otherMonth = try await jobs.enqueueUnlessQueued(month: Month("2027-01")!, parameters: parameters, by: "sam")
            #expect(!otherSeed.isShared && !otherMonth.isShared)
            // Once the first is running, the same request queues a new job (the hub may have changed since).
            while try await jobs.claimNext(instance: "worker-a") != nil {}
            let later = try await jobs.enqueueUnlessQueued(month: Self.december, parameters: parameters, by: "sam")
            #expect(!later.isShared && later.job.id != first.job.id)
        }
    }
}
