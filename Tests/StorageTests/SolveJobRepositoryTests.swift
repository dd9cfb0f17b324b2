import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce

/// Solve jobs: queued, claimed once, progress, and an end that never changes.
@Suite struct SolveJobRepositoryTests {
    static let december = Month("2026-12")!

    @Test(arguments: TestBackend.available)
    func aJobRunsFromQueuedToDone(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, parameters: try SolveJobParameters(timeLimit: 90, seed: 7), by: "sam")
            #expect(queued.status == .queued && queued.startedAt == nil)
            #expect(queued.parameters.timeLimit == 90 && queued.parameters.seed == 7)
            let claimed = try #require(try await jobs.claimNext())
            #expect(claimed.id == queued.id && claimed.status == .running && claimed.startedAt != nil)
            #expect(try await jobs.claimNext() == nil)
            try await jobs.reportProgress(id: queued.id, progress: "incumbent 1200, bound 1100, gap 8.3%")
            let rota = try await RotaRepository(database: store.database).saveDraft(Rota(month: Self.december, assignments: []), createdBy: "solver")
            let done = try await jobs.finish(id: queued.id, rotaID: rota.id)
            #expect(done.status == .done && done.rotaID == rota.id && done.progress.hasPrefix("incumbent"))
            await #expect(throws: StorageError.invalidJobTransition(id: queued.id, from: .done, to: .cancelled)) {
                try await jobs.cancel(id: queued.id, by: "sam")
            }
            #expect(try await jobs.unfinished().isEmpty)
        }
    }

    @Test func jobsAreClaimedOldestFirstAndOnlyOnce() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            var queued: [UUID] = []
            for offset in 0..<6 {
                queued.append(try await jobs.enqueue(month: Self.december, by: "sam", at: Date(timeIntervalSince1970: Double(1_000 + offset))).id)
            }
            let claims = try await withThrowingTaskGroup(of: UUID?.self) { group in
                for _ in 0..<8 { group.addTask { try await jobs.claimNext()?.id } }
                return try await group.reduce(into: [UUID]()) { if let id = $1 { $0.append(id) } }
            }
            #expect(claims.sorted { $0.uuidString < $1.uuidString } == queued.sorted { $0.uuidString < $1.uuidString })
            #expect(try await jobs.claimNext() == nil)
        }
    }

    @Test func failureAndCancellationAreFinal() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let first = try await jobs.enqueue(month: Self.december, by: "sam")
            let second = try await jobs.enqueue(month: Self.december, by: "sam")
            #expect(try await jobs.unfinished().map(\.id).count == 2)
            let cancelled = try await jobs.cancel(id: first.id, by: "sam")
            #expect(cancelled.status == .cancelled && cancelled.finishedAt != nil)
            let failed = try await jobs.fail(id: second.id, error: "GLPK ran out of memory")
            #expect(failed.error == "GLPK ran out of memory")
            await #expect(throws: StorageError.invalidJobTransition(id: second.id, from: .failed, to: .running)) {
                try await jobs.reportProgress(id: second.id, progress: "late")
            }
            await #expect(throws: StorageError.self) { try await jobs.finish(id: UUID(), rotaID: UUID()) }
            #expect(try await jobs.jobs(month: Self.december).count == 2)
        }
    }

    @Test func parametersOutOfRangeAreRefusedNamingTheField() throws {
        #expect(throws: StorageError.invalidJobParameters(field: "time_limit", problem: "is 0.0, and must be a number of seconds more than 0.")) {
            try SolveJobParameters(timeLimit: 0, seed: 1)
        }
        #expect(throws: StorageError.invalidJobParameters(field: "seed", problem: "is -1, and must be 0 or more.")) {
            try SolveJobParameters(timeLimit: 60, seed: -1)
        }
        #expect(try SolveJobParameters.decode(#"{"seed":3,"time_limit":12.5}"#) == (try SolveJobParameters(timeLimit: 12.5, seed: 3)))
        #expect(SolveJobParameters.defaults.timeLimit == RotaRunDefaults.timeLimit)
        #expect(SolveJobParameters.defaults.seed == Int(RotaRunDefaults.seed))
        let cases: [(String, String)] = [
            ("{}", "time_limit"), (#"{"time_limit":60}"#, "seed"), (#"{"seed":1}"#, "time_limit"),
            (#"{"seed":1,"time_limit":"60"}"#, "time_limit"), (#"{"seed":1.5,"time_limit":60}"#, "seed"),
            (#"{"seed":1,"time_limit":-5}"#, "time_limit"), (#"{"seed":-2,"time_limit":60}"#, "seed"),
            (#"{"seed":1,"time_limit":null}"#, "time_limit"), ("[60, 1]", "parameters"), ("not json", "parameters"), ("", "parameters"),
        ]
        for (text, field) in cases {
            do {
                _ = try SolveJobParameters.decode(text)
                Issue.record("\(text) was read, not refused")
            } catch StorageError.invalidJobParameters(let named, _) {
                #expect(named == field, "\(text)")
            } catch {
                Issue.record("\(text): \(error)")
            }
        }
    }

    /// Parameters changed behind the service's back are refused when read, naming the field, and a
    /// queued job holding them is failed rather than run with defaults, and does not block the queue.
    @Test func storedParametersThatDoNotReadAreRefusedNotDefaulted() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let damaged = try await jobs.enqueue(month: Self.december, by: "sam", at: Date(timeIntervalSince1970: 1_000))
            let sound = try await jobs.enqueue(month: Self.december, by: "sam", at: Date(timeIntervalSince1970: 2_000))
            let sql = try #require(store.database as? any SQLDatabase)
            try await sql.raw("UPDATE solve_jobs SET parameters = '{\"seed\":1}' WHERE id = \(bind: damaged.id)").run()
            await #expect(throws: StorageError.unreadableValue(table: "solve_jobs", field: "parameters.time_limit", value: #"{"seed":1}"#)) {
                try await jobs.job(id: damaged.id)
            }
            let claimed = try #require(try await jobs.claimNext())
            #expect(claimed.id == sound.id && claimed.parameters == SolveJobParameters.defaults)
            let rows = try await sql.raw("SELECT status, error FROM solve_jobs WHERE id = \(bind: damaged.id)").all()
            let row = try #require(rows.first)
            #expect(try row.decode(column: "status", as: String.self) == "failed")
            let error = try row.decode(column: "error", as: String.self)
            #expect(error.contains("parameters.time_limit"), "\(error)")
        }
    }

    @Test func statusesMoveOnlyForwards() {
        for from in SolveJobStatus.allCases where from.isFinished {
            #expect(SolveJobStatus.allCases.allSatisfy { !from.canBecome($0) }, "\(from) changed")
        }
        #expect(SolveJobStatus.queued.canBecome(.running) && !SolveJobStatus.queued.canBecome(.done))
    }
}
