import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce

/// A solve job's progress in figures (`solve_jobs.progress_detail`): kept with the line, read back
/// as written, kept until the next report brings another, and refused naming the field when damaged.
@Suite struct SolveJobProgressDetailTests {
    static let december = Month("2026-12")!

    @Test(arguments: TestBackend.available)
    func progressInFiguresIsKeptAndReadBack(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let queued = try await jobs.enqueue(month: Self.december, by: "sam")
            #expect(queued.progressDetail == nil)
            _ = try #require(try await jobs.claimNext())
            let detail = RotaProgress(elapsed: 12.25, phase: .search, incumbent: 412.5, bound: 395, breaches: 12)
            let reported = try await jobs.reportProgress(id: queued.id, progress: detail.text, detail: detail)
            #expect(reported.progressDetail == detail)
            #expect(try await jobs.job(id: queued.id)?.progressDetail == detail)
            // A line without figures (the worker's "Started the solver") keeps the last figures.
            let started = try await jobs.reportProgress(id: queued.id, progress: "Started the solver (up to 60 s).")
            #expect(started.progressDetail == detail && started.progress == "Started the solver (up to 60 s).")
        }
    }

    @Test func damagedProgressIsRefusedNamingTheField() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            let job = try await jobs.enqueue(month: Self.december, by: "sam")
            let sql = try #require(store.database as? any SQLDatabase)
            try await sql.raw("UPDATE solve_jobs SET progress_detail = '{\"phase\":\"dancing\"}' WHERE id = \(bind: job.id)").run()
            await #expect(throws: StorageError.unreadableValue(table: "solve_jobs", field: "progress_detail", value: #"{"phase":"dancing"}"#)) {
                try await jobs.job(id: job.id)
            }
        }
    }
}
