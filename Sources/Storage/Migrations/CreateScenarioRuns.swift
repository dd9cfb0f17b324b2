import FluentKit
import SQLKit

/// Creates `scenario_runs` and `scenario_run_files` (issue 17): scenario runs live in the
/// database, claimed by worker instances under leases, so any instance shows and downloads them.
struct CreateScenarioRuns: AsyncMigration {
    var name: String { "CreateScenarioRuns" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredScenarioRun.schema)
            .id()
            .field("month", .string, .required)
            .field("status", .string, .required)
            .field("request", .string, .required)
            .field("inputs", .string, .required)
            .field("request_key", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("started_at", .datetime)
            .field("finished_at", .datetime)
            .field("lease_owner", .string)
            .field("lease_expires_at", .datetime)
            .field("attempts", .int, .required)
            .field("error", .string)
            .field("result", .string)
            .create()
        try await SQLFlavour.sql(database).create(index: "scenario_runs_status_requested_at").on(StoredScenarioRun.schema)
            .column("status").column("requested_at").run()
        try await database.schema(StoredScenarioRunFile.schema)
            .id()
            .field("run_id", .uuid, .required, .references(StoredScenarioRun.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("text", .string, .required)
            .unique(on: "run_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredScenarioRunFile.schema).delete()
        try await database.schema(StoredScenarioRun.schema).delete()
    }
}
