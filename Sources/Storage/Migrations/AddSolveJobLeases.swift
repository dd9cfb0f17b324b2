import FluentKit
import SQLKit

/// Adds the lease a worker instance holds on a running solve job (issue 17): `lease_owner` (the
/// instance's name), `lease_expires_at`, and `attempts` (claims so far); and an index on status and
/// requested_at, the order jobs are claimed in. Jobs from before it read as never claimed.
struct AddSolveJobLeases: AsyncMigration {
    var name: String { "AddSolveJobLeases" }

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite alters a table one change at a time.
        try await database.schema(StoredSolveJob.schema).field("lease_owner", .string).update()
        try await database.schema(StoredSolveJob.schema).field("lease_expires_at", .datetime).update()
        try await database.schema(StoredSolveJob.schema)
            .field("attempts", .int, .required, .sql(.default(SQLLiteral.numeric("0")))).update()
        try await SQLFlavour.sql(database).create(index: "solve_jobs_status_requested_at").on(StoredSolveJob.schema)
            .column("status").column("requested_at").run()
    }

    func revert(on database: any Database) async throws {
        try await SQLFlavour.sql(database).drop(index: "solve_jobs_status_requested_at").run()
        try await database.schema(StoredSolveJob.schema).deleteField("attempts").update()
        try await database.schema(StoredSolveJob.schema).deleteField("lease_expires_at").update()
        try await database.schema(StoredSolveJob.schema).deleteField("lease_owner").update()
    }
}
