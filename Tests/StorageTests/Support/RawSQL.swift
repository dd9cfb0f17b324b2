import FluentKit
import Foundation
import SQLKit
import Testing

/// Writes to the database behind the repositories' back, as a damaged file or another program would.
enum RawSQL {
    /// The database as SQLKit sees it.
    static func sql(_ database: any Database) throws -> any SQLDatabase {
        try #require(database as? any SQLDatabase, "storage only opens SQL databases")
    }

    /// Inserts one `toil_entries` row as given, with no check at all.
    static func insertLedgerRow(_ database: any Database, position: Int, entryID: String, amhpID: String = "A01",
                                kind: String = "accrued", correctedEntryID: String? = nil, date: String, hundredths: Int = 300,
                                reason: String = "Assessment overran", approvedBy: String? = "Sam (TM)",
                                recordedOn: String = "2026-10-05") async throws {
        try await sql(database).raw("""
            INSERT INTO toil_entries (position, entry_id, amhp_id, kind, corrected_entry_id, date, hours_hundredths, reason,
                                      recorded_by, approved_by, recorded_on, recorded_at)
            VALUES (\(bind: position), \(bind: entryID), \(bind: amhpID), \(bind: kind), \(bind: correctedEntryID), \(bind: date),
                    \(bind: hundredths), \(bind: reason), 'intruder', \(bind: approvedBy), \(bind: recordedOn), \(bind: Date()))
            """).run()
    }
}
