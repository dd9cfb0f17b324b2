/// An AMHP's TOIL movement in one month, for HR and payroll.
///
/// Figures count only entries that still count (corrections restate the month they apply to), so
/// `closing == opening + accrued + bankHoliday + adjusted − taken − forfeited − paidOut` always.
public struct TOILMonthStatement: Hashable, Sendable {
    public let amhpID: String
    public let month: Month
    /// Held at the end of the day before the month, plus any opening balance (`TOILEntryKind.opening`)
    /// dated in the month: what the person held coming into the month.
    public let opening: TOILHours
    /// Overtime accrued in the month.
    public let accrued: TOILHours
    /// Days in lieu for bank holidays worked in the month.
    public let bankHoliday: TOILHours
    /// TOIL taken in the month.
    public let taken: TOILHours
    /// Net adjustments in the month (credits − debits; may be negative).
    public let adjusted: TOILHours
    /// Hours forfeited in the month.
    public let forfeited: TOILHours
    /// Hours paid out in the month: what payroll pays.
    public let paidOut: TOILHours
    /// Held at the end of the month's last day.
    public let closing: TOILHours
    /// Hours published rotas plan back on days of the month.
    public let plannedBack: TOILHours

    public init(amhpID: String, month: Month, opening: TOILHours, accrued: TOILHours, bankHoliday: TOILHours,
                taken: TOILHours, adjusted: TOILHours, forfeited: TOILHours, paidOut: TOILHours,
                closing: TOILHours, plannedBack: TOILHours) {
        self.amhpID = amhpID
        self.month = month
        self.opening = opening
        self.accrued = accrued
        self.bankHoliday = bankHoliday
        self.taken = taken
        self.adjusted = adjusted
        self.forfeited = forfeited
        self.paidOut = paidOut
        self.closing = closing
        self.plannedBack = plannedBack
    }

    /// Whether the month's movements explain the change from opening to closing.
    public var balances: Bool {
        opening + accrued + bankHoliday + adjusted - taken - forfeited - paidOut == closing
    }
}
