extension TOILLedgerError: CustomStringConvertible {
    /// What went wrong, in a sentence that names the entry.
    public var cause: String {
        switch self {
        case .emptyID:
            "An entry has no id."
        case .duplicateID(let id):
            "Entry \(id): another entry already has this id."
        case .missingField(let id, let field):
            "Entry \(id): \(field) is empty."
        case .missingApprover(let id):
            "Entry \(id): accrued overtime has no approving manager."
        case .unknownAMHP(let id, let amhpID):
            "Entry \(id): \(amhpID) is not an AMHP of this hub."
        case .nonPositiveHours(let id, let hours):
            "Entry \(id): hours must be more than zero, not \(hours.shortText)."
        case .recordedOutOfOrder(let id, let recordedOn, let last):
            "Entry \(id): recorded on \(recordedOn), before the last entry (recorded on \(last))."
        case .datedAfterRecording(let id, let date, let recordedOn):
            "Entry \(id): dated \(date), after the day it is recorded (\(recordedOn))."
        case .plannedInThePast(let id, let date, let recordedOn):
            "Entry \(id): plans TOIL back on \(date), before the day it is recorded (\(recordedOn))."
        case .unknownCorrectedEntry(let id, let corrected):
            "Entry \(id): corrects \(corrected), which is not in the ledger."
        case .correctionOfCorrection(let id, let corrected):
            "Entry \(id): corrects \(corrected), which is itself a correction."
        case .alreadyCorrected(let id, let corrected, let correction):
            "Entry \(id): corrects \(corrected), which \(correction) has corrected already."
        case .correctionMismatch(let id, let corrected, let field):
            "Entry \(id): its \(field) differs from that of \(corrected), the entry it corrects."
        case .insufficientHours(let id, let date, let needed, let held, let planned):
            "Entry \(id): needs \(needed) on \(date) but only \(held - planned) are available then (\(held) held, \(planned) planned)."
        case .wouldOverdraw(let id, let affected, let date, let shortBy):
            "Entry \(id): would leave \(affected) on \(date) \(shortBy) short of the hours it uses."
        case .notABankHoliday(let id, let date):
            "Entry \(id): \(date) is not a bank holiday in the hub's calendar."
        case .voidWithHours(let id, let hours):
            "Entry \(id): a void has \(hours.shortText), but it moves no hours."
        case .voidOfLedgerEntry(let id, let voided):
            "Entry \(id): voids \(voided), which reads back and keeps every ledger rule."
        case .alreadyVoided(let id, let voided, let void):
            "Entry \(id): voids \(voided), which \(void) has voided already."
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .emptyID: "give every entry a stable id, such as its database key."
        case .duplicateID: "give the new entry an id of its own; to change an entry, append a correction and a new entry."
        case .missingField(_, let field): "fill in \(field)."
        case .missingApprover: "name the manager who approved the overtime."
        case .unknownAMHP: "check the AMHP id against amhps.csv."
        case .nonPositiveHours: "give a positive number of hours; use an adjustment debit or a correction to remove hours."
        case .recordedOutOfOrder: "record it today; set its date to the day it happened (back-dating is allowed)."
        case .datedAfterRecording: "record it on or after the day it happens, or record a planned entry for a future day."
        case .plannedInThePast: "record a taken entry for a day that has passed."
        case .unknownCorrectedEntry: "give the id of an entry in the ledger."
        case .correctionOfCorrection: "append the intended entry again as a new entry."
        case .alreadyCorrected: "nothing to cancel: the entry no longer counts."
        case .correctionMismatch: "build the correction with TOILEntry.correction(of:), which copies them."
        case .insufficientHours: "record only the hours held, record the TOIL earned first, or correct a plan that reserves them."
        case .wouldOverdraw(_, let affected, _, _): "correct \(affected) first, or record the hours that make it good."
        case .notABankHoliday: "use an accrued entry for overtime, or add the day under bank_holidays in rules.yaml."
        case .voidWithHours: "give a void zero hours."
        case .voidOfLedgerEntry: "put a sound entry right with a correction (kind correction); void only what `amhp toil repair` lists."
        case .alreadyVoided: "nothing to do: the entry is set aside already."
        }
    }

    /// `cause` then `Fix: fix`.
    public var description: String { "\(cause) Fix: \(fix)" }
}
