/// One AMHP's TOIL movement in one month as running totals: what the month's entries that still
/// count add up to, by kind, kept up to date as each entry is appended (`TOILTotals`).
///
/// Entries count in the month of their `date`. A correction takes the entry it cancels back out
/// (the two share a date, so a month); `entries` counts every entry dated in the month, corrections
/// and cancelled entries included; voids move nothing and are not counted.
public struct TOILMonthTotals: Hashable, Sendable {
    public var accrued: TOILHours = .zero
    public var bankHoliday: TOILHours = .zero
    public var taken: TOILHours = .zero
    public var adjustedCredit: TOILHours = .zero
    public var adjustedDebit: TOILHours = .zero
    public var forfeited: TOILHours = .zero
    public var paidOut: TOILHours = .zero
    /// Opening balances (`TOILEntryKind.opening`) dated in the month.
    public var opening: TOILHours = .zero
    /// Hours published rotas plan back on days of the month.
    public var planned: TOILHours = .zero
    /// The change in held hours over the month: credits − debits.
    public var heldChange: TOILHours = .zero
    /// Entries dated in the month, corrections and cancelled entries included.
    public var entries: Int = 0

    public init() {}

    /// Adds an entry's hours (`direction` 1) or takes them back out (−1, for a correction).
    mutating func count(_ entry: TOILEntry, direction: Int) {
        let hours = TOILHours(hundredths: entry.hours.hundredths * direction)
        switch entry.kind {
        case .accrued: accrued += hours
        case .bankHolidayWorked: bankHoliday += hours
        case .taken: taken += hours
        case .adjustment(.credit): adjustedCredit += hours
        case .adjustment(.debit): adjustedDebit += hours
        case .forfeited: forfeited += hours
        case .paidOut: paidOut += hours
        case .opening: opening += hours
        case .planned: planned += hours
        case .correction, .void: return
        }
        heldChange += TOILHours(hundredths: entry.ownSignedHours.hundredths * direction)
    }

    /// Adds another month's figures to these.
    public mutating func add(_ other: TOILMonthTotals) {
        accrued += other.accrued
        bankHoliday += other.bankHoliday
        taken += other.taken
        adjustedCredit += other.adjustedCredit
        adjustedDebit += other.adjustedDebit
        forfeited += other.forfeited
        paidOut += other.paidOut
        opening += other.opening
        planned += other.planned
        heldChange += other.heldChange
        entries += other.entries
    }

    /// Each figure by its `toil_totals` column, for reports of a difference.
    public var figures: [(name: String, value: String)] {
        [("accrued", accrued.shortText), ("bank_holiday", bankHoliday.shortText), ("taken", taken.shortText),
         ("adjusted_credit", adjustedCredit.shortText), ("adjusted_debit", adjustedDebit.shortText),
         ("forfeited", forfeited.shortText), ("paid_out", paidOut.shortText), ("opening", opening.shortText),
         ("planned", planned.shortText), ("held_change", heldChange.shortText), ("entries", String(entries))]
    }
}

/// Which running totals: one AMHP's in one month.
public struct TOILTotalsKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let amhpID: String
    public let month: Month

    public init(amhpID: String, month: Month) {
        self.amhpID = amhpID
        self.month = month
    }

    public static func < (lhs: TOILTotalsKey, rhs: TOILTotalsKey) -> Bool {
        (lhs.amhpID, lhs.month.year, lhs.month.month) < (rhs.amhpID, rhs.month.year, rhs.month.month)
    }

    public var description: String { "\(amhpID) \(month)" }
}
