import FluentKit

/// Adds `solve_jobs.progress_detail` (issue 16): the solver's latest progress as a JSON object
/// (`RotaProgress`: stage, soft breaches left, bound and gap), from which the service tells a
/// manager where the solve has got to in words. Empty for jobs from before it, which still read.
struct AddSolveJobProgressDetail: AsyncMigration {
    var name: String { "AddSolveJobProgressDetail" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSolveJob.schema)
            .field("progress_detail", .string)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSolveJob.schema)
            .deleteField("progress_detail")
            .update()
    }
}
