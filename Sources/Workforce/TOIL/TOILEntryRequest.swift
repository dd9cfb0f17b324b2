import Foundation

/// An entry someone asks to append (at the command line or through the service), turned into a
/// `TOILEntry` against the ledger as it stands: the default id, the bank-holiday credit by the local
/// policy, and corrections that copy the entry they cancel.
public struct TOILEntryRequest: Sendable, Hashable {
    public var amhpID: String?
    /// A `TOILEntryKind.code`: accrued, bank_holiday_worked, taken, planned, forfeited, paid_out,
    /// adjustment_credit, adjustment_debit or correction.
    public var kindCode: String
    public var hours: TOILHours?
    /// The day the entry takes effect; the day it is recorded when nil.
    public var date: LocalDate?
    public var reason: String
    public var approvedBy: String?
    public var recordedBy: String
    public var recordedOn: LocalDate
    /// For a correction: the entry it cancels.
    public var correctedID: String?
    /// The new entry's id; `E` and its place in the ledger (from 1) when nil.
    public var id: String?

    /// The kinds people record. `void` is not among them: only `amhp toil repair --void` appends one,
    /// for a stored entry that cannot be read.
    public static let kindCodes = ["accrued", "bank_holiday_worked", "taken", "planned", "forfeited", "paid_out",
                                   "adjustment_credit", "adjustment_debit", "correction"]

    public init(amhpID: String?, kindCode: String, hours: TOILHours?, date: LocalDate?, reason: String,
                approvedBy: String?, recordedBy: String, recordedOn: LocalDate, correctedID: String?, id: String? = nil) {
        self.amhpID = amhpID
        self.kindCode = kindCode
        self.hours = hours
        self.date = date
        self.reason = reason
        self.approvedBy = approvedBy
        self.recordedBy = recordedBy
        self.recordedOn = recordedOn
        self.correctedID = correctedID
        self.id = id
    }

    /// What is missing or malformed before the ledger is even asked, as (field, problem and fix); empty when complete.
    ///
    /// Every text is held to `InputLimits` (no control characters, a length cap), the hours to
    /// `InputLimits.toilHoursPerEntry` and the dates to `InputLimits.years`, so whatever is appended
    /// can be stored, read back and printed.
    public var problems: [(field: String, problem: String)] {
        var problems = boundsProblems
        guard Self.kindCodes.contains(kindCode) else {
            return [("kind", "\"\(kindCode.prefix(40))\" is not a kind of entry; use one of: \(Self.kindCodes.joined(separator: ", ")).")]
        }
        if kindCode == "correction" {
            if (correctedID ?? "").isEmpty { problems.append(("corrects", "a correction needs the id of the entry it cancels.")) }
            return problems
        }
        if (amhpID ?? "").isEmpty { problems.append(("amhp_id", "give the AMHP's id.")) }
        if kindCode != "bank_holiday_worked" && hours == nil {
            problems.append(("hours", "give the hours, to at most two decimal places, such as 7.4."))
        }
        return problems
    }

    /// Texts, hours and dates outside `InputLimits`.
    private var boundsProblems: [(field: String, problem: String)] {
        var problems: [(String, String)] = []
        let texts: [(String, String?, Int)] = [
            ("amhp_id", amhpID, InputLimits.identifierLength), ("reason", reason, InputLimits.noteLength),
            ("approved_by", approvedBy, InputLimits.nameLength), ("recorded_by", recordedBy, InputLimits.nameLength),
            ("corrects", correctedID, InputLimits.identifierLength), ("id", id, InputLimits.identifierLength),
        ]
        for (field, text, limit) in texts {
            if let text, let problem = TextCheck.problem(in: text, limit: limit) { problems.append((field, problem)) }
        }
        if let hours, hours.hours > InputLimits.toilHoursPerEntry {
            problems.append(("hours", "\(hours.shortText) hours is more than one entry may move. Fix: give at most "
                             + "\(Int(InputLimits.toilHoursPerEntry)) hours; split a larger movement into several entries."))
        }
        if let hours, !hours.isPositive {
            problems.append(("hours", "must be more than 0. Fix: give the hours as a positive number; the kind says which way they move."))
        }
        for (field, day) in [("date", date), ("recorded_on", Optional(recordedOn))] {
            if let day, !day.isSupported {
                problems.append((field, "\(day) is not a date \(InputLimits.dateRangeText). Fix: give a date in that range as YYYY-MM-DD."))
            }
        }
        return problems
    }

    /// The entry, built from the ledger as it stands and the next free position.
    ///
    /// - Throws: `TOILLedgerError` for a correction of an unknown entry or a bank holiday credit on a
    ///   day that is not one; `TOILLedger.append` checks the rest.
    public func entry(in ledger: TOILLedger, position: Int, hub: Hub) throws -> TOILEntry {
        let id = self.id ?? "E\(position + 1)"
        if let correctedID, kindCode == "correction" {
            guard let corrected = ledger.entry(id: correctedID) else {
                throw TOILLedgerError.unknownCorrectedEntry(entryID: id, correctedID: correctedID)
            }
            return TOILEntry.correction(of: corrected, id: id, reason: reason, recordedBy: recordedBy, recordedOn: recordedOn)
        }
        let amhpID = amhpID ?? ""
        let day = date ?? recordedOn
        if kindCode == "bank_holiday_worked" {
            // A date's own month always exists.
            let calendar = hub.calendar(for: Month(containing: day))
            return try TOILEntry.bankHolidayWorked(id: id, amhpID: amhpID, date: day, policy: hub.rules.toil, calendar: calendar,
                                                   recordedBy: recordedBy, recordedOn: recordedOn)
        }
        let kind = TOILEntryKind(code: kindCode) ?? .accrued
        return TOILEntry(id: id, amhpID: amhpID, kind: kind, date: day, hours: hours ?? .zero, reason: reason,
                         recordedBy: recordedBy, approvedBy: approvedBy, recordedOn: recordedOn)
    }
}
