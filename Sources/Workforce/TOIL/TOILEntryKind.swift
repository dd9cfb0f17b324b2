/// What a ledger entry records, and so which way its hours move the balance.
///
/// Credits (`accrued`, `bankHolidayWorked`, `opening`, `adjustment(.credit)`) add a lot dated on the entry's day.
/// Debits (`taken`, `forfeited`, `paidOut`, `adjustment(.debit)`) use up the oldest lots first.
/// `planned` only reserves hours for a day a published rota gives back; `correction` cancels an earlier entry.
/// `void` sets aside a stored entry that cannot be read at all (see `amhp toil repair`) and moves nothing.
public enum TOILEntryKind: Hashable, Sendable {
    /// Overtime worked beyond a shift (an assessment overran), approved by a manager.
    case accrued
    /// A day in lieu for working a bank holiday, credited by the local policy's rule.
    case bankHolidayWorked
    /// TOIL taken as time off on the entry's day.
    case taken
    /// TOIL a published rota gives back on the entry's day; reserved until a `taken` entry uses it.
    case planned
    /// Hours lost under the local policy (held beyond the window).
    case forfeited
    /// Hours paid as overtime instead of taken, under the local policy.
    case paidOut
    /// A manual change with a reason, adding (`credit`) or removing (`debit`) hours.
    case adjustment(Direction)
    /// TOIL held before the ledger began (toil.csv's balance, entered by `amhp import`), dated the
    /// day the hours were earned where known, so the policy's window counts from then.
    case opening
    /// Cancels the entry with this id as if it had never been made; the two stay in the ledger.
    case correction(of: String)
    /// Sets aside the stored entry with this id, which could not be read back or broke a ledger rule
    /// (the database was damaged or changed outside AMHP Planner), so the rest of the ledger loads.
    ///
    /// A void has zero hours and no effect on any balance; the entry it names is never in the ledger
    /// (storage leaves it out), unlike a correction, whose cancelled entry stays in the history.
    /// Only `amhp toil repair --void` appends one: it is not a kind people record.
    case void(of: String)

    /// Which way an adjustment moves the balance.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case credit
        case debit
    }

    /// +1 for credits, −1 for debits, 0 for plans, corrections (whose effect depends on another entry) and voids.
    public var sign: Int {
        switch self {
        case .accrued, .bankHolidayWorked, .opening, .adjustment(.credit): 1
        case .taken, .forfeited, .paidOut, .adjustment(.debit): -1
        case .planned, .correction, .void: 0
        }
    }

    /// The entry this one corrects, if it is a correction.
    public var correctedEntryID: String? {
        if case .correction(let id) = self { return id }
        return nil
    }

    /// The stored entry this one sets aside, if it is a void.
    public var voidedEntryID: String? {
        if case .void(let id) = self { return id }
        return nil
    }

    /// A stable lower-case code for files and databases: `accrued`, `bank_holiday_worked`, `taken`,
    /// `planned`, `forfeited`, `paid_out`, `adjustment_credit`, `adjustment_debit`, `opening`, `correction`, `void`.
    public var code: String {
        switch self {
        case .accrued: "accrued"
        case .bankHolidayWorked: "bank_holiday_worked"
        case .taken: "taken"
        case .planned: "planned"
        case .forfeited: "forfeited"
        case .paidOut: "paid_out"
        case .adjustment(let direction): "adjustment_\(direction.rawValue)"
        case .opening: "opening"
        case .correction: "correction"
        case .void: "void"
        }
    }

    /// The kind for a `code`, with the corrected entry's id for `correction` (the voided entry's for
    /// `void`, which storage keeps in the same column); nil for an unknown code.
    public init?(code: String, correctedEntryID: String? = nil) {
        switch code {
        case "accrued": self = .accrued
        case "bank_holiday_worked": self = .bankHolidayWorked
        case "taken": self = .taken
        case "planned": self = .planned
        case "forfeited": self = .forfeited
        case "paid_out": self = .paidOut
        case "adjustment_credit": self = .adjustment(.credit)
        case "adjustment_debit": self = .adjustment(.debit)
        case "opening": self = .opening
        case "correction":
            guard let correctedEntryID else { return nil }
            self = .correction(of: correctedEntryID)
        case "void":
            guard let correctedEntryID else { return nil }
            self = .void(of: correctedEntryID)
        default: return nil
        }
    }
}
