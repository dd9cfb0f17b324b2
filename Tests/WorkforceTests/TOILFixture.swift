@testable import Workforce

/// Small ledgers built in code: AMHPs A01 (Amy) and A02 (Beth), dates in autumn 2026.
enum TOILFixture {
    static let amy = "A01"
    static let beth = "A02"
    static let october = Month(year: 2026, month: 10)!
    static let november = Month(year: 2026, month: 11)!

    /// A date in 2026, October unless another month is given.
    static func date(_ day: Int, _ month: Int = 10, _ year: Int = 2026) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    /// Any entry, recorded on its date unless told, by "hr.jo".
    static func entry(_ id: String, _ kind: TOILEntryKind, _ date: LocalDate, _ hours: TOILHours, amhp: String = amy,
                      reason: String = "Reason", approvedBy: String? = nil, recordedOn: LocalDate? = nil) -> TOILEntry {
        TOILEntry(id: id, amhpID: amhp, kind: kind, date: date, hours: hours, reason: reason, recordedBy: "hr.jo",
                  approvedBy: approvedBy, recordedOn: recordedOn)
    }

    /// Overtime approved by "Sam (TM)".
    static func accrued(_ id: String, _ date: LocalDate, _ hours: TOILHours, amhp: String = amy,
                        recordedOn: LocalDate? = nil) -> TOILEntry {
        entry(id, .accrued, date, hours, amhp: amhp, reason: "Assessment overran", approvedBy: "Sam (TM)", recordedOn: recordedOn)
    }

    static func taken(_ id: String, _ date: LocalDate, _ hours: TOILHours, amhp: String = amy,
                      recordedOn: LocalDate? = nil) -> TOILEntry {
        entry(id, .taken, date, hours, amhp: amhp, reason: "", recordedOn: recordedOn)
    }

    static func planned(_ id: String, _ date: LocalDate, _ hours: TOILHours, amhp: String = amy,
                        recordedOn: LocalDate) -> TOILEntry {
        entry(id, .planned, date, hours, amhp: amhp, reason: "Rota", recordedOn: recordedOn)
    }

    static func correction(_ id: String, of entry: TOILEntry, recordedOn: LocalDate? = nil) -> TOILEntry {
        TOILEntry.correction(of: entry, id: id, reason: "Keyed in error", recordedBy: "hr.jo",
                             recordedOn: recordedOn ?? entry.recordedOn)
    }

    /// A ledger of the entries, appended in order; fails the test if any is refused.
    static func ledger(_ entries: TOILEntry..., amhpIDs: Set<String>? = nil) throws -> TOILLedger {
        try TOILLedger(entries: entries, amhpIDs: amhpIDs)
    }

    /// The error `append` throws, or nil if it accepts the entry.
    static func refusal(_ entry: TOILEntry, to ledger: TOILLedger) -> TOILLedgerError? {
        var copy = ledger
        do {
            try copy.append(entry)
            return nil
        } catch {
            return error
        }
    }
}
