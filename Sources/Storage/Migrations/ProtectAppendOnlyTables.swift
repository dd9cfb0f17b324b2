import FluentKit
import SQLKit

/// Makes the database itself refuse to update or delete rows of `toil_entries` and `audit_log`,
/// whatever program connects: the ledger and the log only ever grow.
struct ProtectAppendOnlyTables: AsyncMigration {
    var name: String { "ProtectAppendOnlyTables" }

    static let tables = [StoredTOILEntry.schema, StoredAuditEvent.schema]

    func prepare(on database: any Database) async throws {
        let sql = SQLFlavour.sql(database)
        switch SQLFlavour(database) {
        case .sqlite:
            for table in Self.tables {
                for event in ["UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: table) is append-only: rows are never changed or removed'); END
                        """).run()
                }
            }
        case .postgres:
            try await sql.raw("""
                CREATE FUNCTION amhp_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only: rows are never changed or removed', TG_TABLE_NAME; END $$
                """).run()
            for table in Self.tables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(unsafeRaw: table)
                    FOR EACH ROW EXECUTE FUNCTION amhp_refuse_change()
                    """).run()
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_truncate BEFORE TRUNCATE ON \(unsafeRaw: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION amhp_refuse_change()
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = SQLFlavour.sql(database)
        switch SQLFlavour(database) {
        case .sqlite:
            for table in Self.tables {
                for event in ["update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_no_\(unsafeRaw: event)").run()
                }
            }
        case .postgres:
            for table in Self.tables {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_append_only ON \(unsafeRaw: table)").run()
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_no_truncate ON \(unsafeRaw: table)").run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS amhp_refuse_change()").run()
        }
    }
}
