import FluentKit
import SQLKit

/// Creates `solve_jobs`; a job's rota may be deleted later, which leaves the job without one.
struct CreateSolveJobs: AsyncMigration {
    var name: String { "CreateSolveJobs" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSolveJob.schema)
            .id()
            .field("month", .string, .required)
            .field("status", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("parameters", .string, .required)
            .field("progress", .string, .required)
            .field("started_at", .datetime)
            .field("finished_at", .datetime)
            .field("rota_id", .uuid, .references(StoredRota.schema, .id, onDelete: .setNull))
            .field("error", .string)
            .create()
        try await SQLFlavour.sql(database).create(index: "solve_jobs_status").on(StoredSolveJob.schema).column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSolveJob.schema).delete()
    }
}
