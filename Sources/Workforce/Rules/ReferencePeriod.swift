/// The Working Time Regulations' reference period for the 48-hour average week (WTR 1998 reg. 4):
/// 17 weeks, here the 119 days ending on the last day of the month being planned.
///
/// Hours before the month count only from the date the hub's carry-in is complete
/// (`Hub.carryInCompleteFrom`); with no such date the period is the month alone, which is how a
/// month planned without the months before it has always been checked.
public struct ReferencePeriod: Hashable, Sendable {
    /// Days in 17 weeks.
    public static let days = 119

    /// The dates whose hours are averaged, the month's last day included.
    public let dates: DateRange

    public init(month: Month, carryInCompleteFrom: LocalDate?) {
        let earliest = month.lastDay.adding(days: -(Self.days - 1))
        let complete = min(carryInCompleteFrom ?? month.firstDay, month.firstDay)
        dates = DateRange(spanning: max(earliest, complete), month.lastDay)
    }

    /// The first date of the period.
    public var first: LocalDate { dates.first }

    public var dayCount: Int { dates.dayCount }

    /// The most hours an AMHP who has not opted out may work in the period: 48 × days / 7.
    public var hoursLimit: Double { 48 * Double(dayCount) / 7 }

    /// The most hours left for the month after `hoursBefore` hours worked in the period before it;
    /// never below zero, since hours already worked are not this month's to undo.
    public func hoursLeft(after hoursBefore: Double) -> Double { max(0, hoursLimit - hoursBefore) }
}
