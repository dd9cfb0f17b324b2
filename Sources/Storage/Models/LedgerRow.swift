import FluentKit
import Foundation
import SQLKit
import Workforce

/// One row of `toil_entries` read column by column, so that a value which cannot be read is named
/// with the text stored, instead of stopping the whole read: what loading the ledger and
/// `amhp toil repair` work from.
struct LedgerRow: Sendable {
    /// A stored value that is not a value of its field, with the text stored and why it cannot be used.
    struct Problem: Sendable {
        let field: String
        let value: String
        let why: String
    }

    let position: Int
    let entryID: String
    let amhpID: String
    let kind: String
    /// `corrected_entry_id`: the entry a correction cancels or a void sets aside.
    let targetEntryID: String?
    let date: String
    let hoursHundredths: Int
    let reason: String
    let recordedBy: String
    let approvedBy: String?
    let recordedOn: String
    let recordedAt: Date
    /// Columns whose value could not be decoded at all; their properties above hold placeholders.
    let undecodable: [Problem]

    init(_ row: any SQLRow) {
        var undecodable: [Problem] = []
        func read<Value: Decodable>(_ column: String, placeholder: Value, expecting type: String) -> Value {
            do {
                return try row.decode(column: column, as: Value.self)
            } catch {
                let text = (try? row.decode(column: column, as: String.self)) ?? "(not text)"
                undecodable.append(Problem(field: column, value: text, why: "is not \(type)."))
                return placeholder
            }
        }
        position = read("position", placeholder: -1, expecting: "a whole number")
        entryID = read("entry_id", placeholder: "", expecting: "text")
        amhpID = read("amhp_id", placeholder: "", expecting: "text")
        kind = read("kind", placeholder: "", expecting: "text")
        targetEntryID = read("corrected_entry_id", placeholder: nil, expecting: "text")
        date = read("date", placeholder: "", expecting: "text")
        hoursHundredths = read("hours_hundredths", placeholder: 0, expecting: "a whole number of hundredths of an hour")
        reason = read("reason", placeholder: "", expecting: "text")
        recordedBy = read("recorded_by", placeholder: "", expecting: "text")
        approvedBy = read("approved_by", placeholder: nil, expecting: "text")
        recordedOn = read("recorded_on", placeholder: "", expecting: "text")
        recordedAt = read("recorded_at", placeholder: Date(timeIntervalSince1970: 0), expecting: "a moment in time")
        self.undecodable = undecodable
    }

    /// Every row of the ledger, in position order.
    static func all(on database: any Database) async throws -> [LedgerRow] {
        try await SQLFlavour.sql(database).select().column("*").from(StoredTOILEntry.schema).orderBy("position").all().map(LedgerRow.init)
    }

    /// Every value of the row AMHP Planner cannot use; empty when the row reads as an entry.
    var problems: [Problem] {
        var problems = undecodable
        let decoded = Set(undecodable.map(\.field))
        if !decoded.contains("kind"), !decoded.contains("corrected_entry_id"), entryKind == nil {
            if ["correction", "void"].contains(kind) {
                problems.append(Problem(field: "corrected_entry_id", value: "NULL", why: "is empty, but a \(kind) must name an entry."))
            } else {
                problems.append(Problem(field: "kind", value: kind, why: "is not a kind of entry AMHP Planner knows."))
            }
        }
        for (field, text) in [("date", date), ("recorded_on", recordedOn)] where !decoded.contains(field) && LocalDate(text) == nil {
            problems.append(Problem(field: field, value: text, why: "is not a date AMHP Planner can read (YYYY-MM-DD)."))
        }
        return problems
    }

    /// The entry this row holds.
    ///
    /// - Throws: `StorageError.unreadableValue` naming the first value that cannot be read.
    func record() throws -> LedgerRecord {
        if let problem = problems.first {
            throw StorageError.unreadableValue(table: StoredTOILEntry.schema, field: problem.field, value: problem.value)
        }
        guard let kind = entryKind, let date = LocalDate(date), let recordedOn = LocalDate(recordedOn) else {
            throw StorageError.unreadableValue(table: StoredTOILEntry.schema, field: "kind", value: self.kind)
        }
        let entry = TOILEntry(id: entryID, amhpID: amhpID, kind: kind, date: date, hours: TOILHours(hundredths: hoursHundredths),
                              reason: reason, recordedBy: recordedBy, approvedBy: approvedBy, recordedOn: recordedOn)
        return LedgerRecord(entry: entry, position: position, recordedAt: recordedAt)
    }

    /// The stored value of a column, as text, for reports.
    func text(of field: String) -> String {
        switch field {
        case "position": String(position)
        case "entry_id": entryID
        case "amhp_id": amhpID
        case "kind": kind
        case "corrected_entry_id": targetEntryID ?? "NULL"
        case "date": date
        case "hours_hundredths": String(hoursHundredths)
        case "reason": reason
        case "recorded_by": recordedBy
        case "approved_by": approvedBy ?? "NULL"
        case "recorded_on": recordedOn
        default: ""
        }
    }

    /// The entry this row voids, if it is a void.
    var voidedEntryID: String? {
        kind == "void" ? targetEntryID : nil
    }

    private var entryKind: TOILEntryKind? {
        TOILEntryKind(code: kind, correctedEntryID: targetEntryID)
    }
}
