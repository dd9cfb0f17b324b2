/// What an AMHP owes the rota in one month, after leave, suspension and warrant dates.
///
/// LA hub staff owe hours: FTE × the standard day (37 / 5 = 7.4 hours) for every working weekday
/// (not a bank holiday) on which they are available. NHS AMHPs owe their agreed shifts a month,
/// pro rata to the days they are available.
public struct MonthlyCommitment: Hashable, Sendable {
    public let amhpID: String
    /// Days of the month on which the AMHP may be rostered (approved, not suspended, not absent).
    public let availableDays: Int
    public let daysInMonth: Int
    /// LA: contracted hours for the month (before TOIL); nil for NHS AMHPs.
    public let contractedHours: Double?
    /// NHS: shifts owed this month; nil for LA AMHPs.
    public let committedShifts: Double?
    /// FTE, or for an NHS AMHP the FTE their agreed shifts amount to.
    public let fteEquivalent: Double

    public init(amhp: AMHP, hub: Hub, month: Month) {
        let calendar = hub.calendar(for: month)
        let available = month.dates.filter { Self.isAvailable(amhp, on: $0, hub: hub) }
        self.amhpID = amhp.id
        self.availableDays = available.count
        self.daysInMonth = month.dayCount
        switch amhp.employment {
        case .localAuthority(let fte):
            let workingDays = available.filter { calendar.isWorkingWeekday($0) }.count
            contractedHours = fte * hub.rules.standardDayHours * Double(workingDays)
            committedShifts = nil
            fteEquivalent = fte
        case .nhs(_, let shiftsPerMonth):
            contractedHours = nil
            committedShifts = shiftsPerMonth * Double(available.count) / Double(month.dayCount)
            // A full-time month is 52/12 standard weeks; NHS shifts are costed at the mean rota
            // shift length (an NHS AMHP never works duty, so duty must not shorten the yardstick).
            fteEquivalent = shiftsPerMonth * hub.meanRotaShiftHours / (hub.rules.standardWeekHours * 52 / 12)
        }
    }

    /// Approved (or a trainee), not suspended and not absent on the date.
    public static func isAvailable(_ amhp: AMHP, on date: LocalDate, hub: Hub) -> Bool {
        amhp.mayBeRostered(on: date) && hub.absence(of: amhp.id, on: date) == nil
    }

    /// The share of the month the AMHP is available, 0 to 1.
    public var availableFraction: Double { Double(availableDays) / Double(max(daysInMonth, 1)) }
}
