import FluentKit
import SQLKit

/// Copies what SQLite's write-ahead log holds into the database file, outside any request.
///
/// SQLite does this itself in the commit that takes the log past 1,000 pages, and that commit then
/// copies some 4 MB and waits for the disk twice: two in every 300 TOIL writes in a row, each several
/// milliseconds slower than the rest. A service calling this every quarter second keeps the log short
/// enough that commits never do it. `PASSIVE` waits for no reader or writer; PostgreSQL has no such log.
public enum WALCheckpoint {
    public static func passive(on database: any Database) async throws {
        guard SQLFlavour(database) == .sqlite else { return }
        _ = try await SQLFlavour.sql(database).raw("PRAGMA wal_checkpoint(PASSIVE)").all()
    }
}
