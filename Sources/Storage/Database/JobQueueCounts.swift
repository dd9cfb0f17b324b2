import FluentKit
import SQLKit

/// How many jobs of each kind stand in each status, read straight from their tables for the
/// metrics page. A kind whose table this database does not have is left out, so a kind can be
/// listed here before the migration that makes its table has run.
public enum JobQueueCounts {
    /// The kinds of job, each the table that holds them; every table has a text `status` column.
    public static let tables: [(kind: String, table: String)] = [("solve", "solve_jobs"), ("scenario", "scenario_runs")]

    /// kind → status → count, for every kind whose table exists (an empty table gives an empty map).
    public static func read(_ database: any Database) async throws -> [String: [String: Int]] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        var counts: [String: [String: Int]] = [:]
        for (kind, table) in tables where try await exists(table, in: sql) {
            var byStatus: [String: Int] = [:]
            let rows = try await sql.raw("SELECT status, COUNT(*) AS n FROM \(ident: table) GROUP BY status").all()
            for row in rows {
                byStatus[try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
            }
            counts[kind] = byStatus
        }
        return counts
    }

    private static func exists(_ table: String, in sql: any SQLDatabase) async throws -> Bool {
        if sql.dialect.name == "sqlite" {
            return try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)").first() != nil
        }
        // to_regclass follows the search path, so a schema of its own (the tests') is looked in.
        let row = try await sql.raw("SELECT to_regclass(\(bind: table))::text AS found").first()
        return try row?.decodeNil(column: "found") == false
    }
}
