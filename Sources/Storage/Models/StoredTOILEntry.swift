import FluentKit
import Foundation
import Workforce

/// One entry of the append-only TOIL ledger (table `toil_entries`); rows are never updated or deleted.
///
/// The primary key is the entry's `position` in the ledger (0, 1, 2, …, its recording order), so two
/// writers can never both append at the same place. Hours are integer hundredths and the kind is
/// its stable code, with the corrected entry's id for a correction (and the voided entry's for a void).
public final class StoredTOILEntry: Model, @unchecked Sendable {
    public static let schema = "toil_entries"

    /// The 0-based position in the ledger.
    @ID(custom: "position", generatedBy: .user) public var id: Int?
    /// `TOILEntry.id`, unique in the ledger.
    @Field(key: "entry_id") public var entryID: String
    @Field(key: "amhp_id") public var amhpID: String
    /// `TOILEntryKind.code`.
    @Field(key: "kind") public var kind: String
    /// The entry a correction cancels, or the entry a void sets aside.
    @OptionalField(key: "corrected_entry_id") public var correctedEntryID: String?
    /// The day the entry takes effect, `YYYY-MM-DD`.
    @Field(key: "date") public var date: String
    @Field(key: "hours_hundredths") public var hoursHundredths: Int
    @Field(key: "reason") public var reason: String
    @Field(key: "recorded_by") public var recordedBy: String
    @OptionalField(key: "approved_by") public var approvedBy: String?
    /// The day the entry was recorded, `YYYY-MM-DD`.
    @Field(key: "recorded_on") public var recordedOn: String
    /// The moment the row was written (the service's clock).
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    /// The row that stores `entry` at `position`, as `TOILLedgerRepository` inserts it (`PlainRow`).
    static func row(of entry: TOILEntry, position: Int, recordedAt: Date) -> PlainRow {
        PlainRow([("position", .integer(position)), ("entry_id", .text(entry.id)), ("amhp_id", .text(entry.amhpID)),
                  ("kind", .text(entry.kind.code)),
                  ("corrected_entry_id", .text(entry.kind.correctedEntryID ?? entry.kind.voidedEntryID)),
                  ("date", .text(entry.date.description)), ("hours_hundredths", .integer(entry.hours.hundredths)),
                  ("reason", .text(entry.reason)), ("recorded_by", .text(entry.recordedBy)), ("approved_by", .text(entry.approvedBy)),
                  ("recorded_on", .text(entry.recordedOn.description)), ("recorded_at", .moment(recordedAt))])
    }

    /// The ledger entry this row holds.
    ///
    /// - Throws: `StorageError.unreadableValue` for a kind code or date AMHP Planner does not know.
    func entry() throws -> TOILEntry {
        guard let kind = TOILEntryKind(code: kind, correctedEntryID: correctedEntryID) else {
            throw StorageError.unreadableValue(table: Self.schema, field: "kind", value: kind)
        }
        return TOILEntry(id: entryID, amhpID: amhpID, kind: kind,
                         date: try StoredValue.date(date, table: Self.schema, field: "date"),
                         hours: TOILHours(hundredths: hoursHundredths), reason: reason, recordedBy: recordedBy,
                         approvedBy: approvedBy,
                         recordedOn: try StoredValue.date(recordedOn, table: Self.schema, field: "recorded_on"))
    }
}
