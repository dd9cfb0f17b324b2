/// The hub's local TOIL policy, from the `toil:` section of `rules.yaml`.
///
///     toil:
///       cap_hours: 37              # alert when an AMHP holds more than this
///       window_days: 90            # TOIL must be taken within this many days of being earned
///       bank_holiday_credit_hours: 7.4
///       expiry: alert              # alert | forfeit | pay_out
///
/// Working a bank holiday earns a fixed credit (a day in lieu of a full-time day, 37 / 5 = 7.4 hours),
/// whatever the length of the shift worked: the rule is the same for day and night shifts, so
/// it is simple to explain and to check.
public struct TOILPolicy: Hashable, Sendable {
    /// Holding more than this is an alert (the balance is not stopped from growing: overtime still happened).
    public var capHours: TOILHours = 37
    /// Hours earned on day D are held beyond the window from day D + `windowDays` + 1.
    public var windowDays: Int = 90
    /// Hours credited for working a bank holiday (`TOILEntryKind.bankHolidayWorked`).
    public var bankHolidayCreditHours: TOILHours = 7.4
    /// What happens to hours held beyond the window.
    public var expiry: Expiry = .alertOnly

    public init() {}

    public init(capHours: TOILHours, windowDays: Int, bankHolidayCreditHours: TOILHours, expiry: Expiry) {
        self.capHours = capHours
        self.windowDays = windowDays
        self.bankHolidayCreditHours = bankHolidayCreditHours
        self.expiry = expiry
    }

    /// The last day on which hours earned on `accrualDate` are inside the window.
    public func deadline(forHoursEarnedOn accrualDate: LocalDate) -> LocalDate {
        accrualDate.adding(days: windowDays)
    }

    /// What the policy does with hours held beyond the window; the raw values are the `expiry:` words in `rules.yaml`.
    public enum Expiry: String, Hashable, Sendable, CaseIterable {
        /// Only alert HR; the hours stay held until taken or adjusted. The default: nothing is lost without a local decision.
        case alertOnly = "alert"
        /// Forfeit the hours (a `forfeited` entry).
        case forfeit = "forfeit"
        /// Pay the hours as overtime (a `paidOut` entry), which appears in the payroll export.
        case payOut = "pay_out"
    }
}
