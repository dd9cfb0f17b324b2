/// Why the ledger refused an entry; each case names the entry and has a `cause` and a `fix`.
///
///     Entry t1: taking 6 h on 2026-10-20 needs 6 h but only 4 h are available then (4 h held, 0 h planned).
///     Fix: record the hours actually taken, or first record the TOIL that was earned.
public enum TOILLedgerError: Error, Hashable, Sendable {
    /// The entry's id is empty.
    case emptyID
    /// Another entry already has this id.
    case duplicateID(String)
    /// A required text field (`amhp id`, `recorded by`, `reason`) is empty.
    case missingField(entryID: String, field: String)
    /// Accrued overtime has no approving manager.
    case missingApprover(entryID: String)
    /// The ledger was given the hub's AMHP ids and this one is not among them.
    case unknownAMHP(entryID: String, amhpID: String)
    /// Hours are zero or negative; the kind gives the direction.
    case nonPositiveHours(entryID: String, hours: TOILHours)
    /// Recorded on a day before the last entry's `recordedOn`: the ledger is kept in recording order.
    case recordedOutOfOrder(entryID: String, recordedOn: LocalDate, lastRecordedOn: LocalDate)
    /// An entry other than a plan or a correction dated after the day it is recorded (TOIL cannot be earned or taken in advance).
    case datedAfterRecording(entryID: String, date: LocalDate, recordedOn: LocalDate)
    /// A plan dated before the day it is recorded (a rota cannot give TOIL back in the past).
    case plannedInThePast(entryID: String, date: LocalDate, recordedOn: LocalDate)
    /// A correction names an id the ledger does not hold.
    case unknownCorrectedEntry(entryID: String, correctedID: String)
    /// A correction names another correction.
    case correctionOfCorrection(entryID: String, correctedID: String)
    /// The named entry was corrected already.
    case alreadyCorrected(entryID: String, correctedID: String, correctionID: String)
    /// A correction's AMHP, date or hours differ from the entry it corrects (`field` names which).
    case correctionMismatch(entryID: String, correctedID: String, field: String)
    /// A taking, plan, forfeit, payout or debit wants more hours than are available on its day.
    case insufficientHours(entryID: String, date: LocalDate, needed: TOILHours, held: TOILHours, planned: TOILHours)
    /// The entry would leave a later entry (`affectedID`) wanting more hours than are available on its day.
    case wouldOverdraw(entryID: String, affectedID: String, date: LocalDate, shortBy: TOILHours)
    /// A bank-holiday credit was asked for a day that is not a bank holiday.
    case notABankHoliday(entryID: String, date: LocalDate)
    /// A void has hours; it must have none, since it moves nothing.
    case voidWithHours(entryID: String, hours: TOILHours)
    /// A void names an entry the ledger holds (one that reads and keeps every rule).
    case voidOfLedgerEntry(entryID: String, voidedID: String)
    /// The named entry was voided already.
    case alreadyVoided(entryID: String, voidedID: String, voidID: String)
}
