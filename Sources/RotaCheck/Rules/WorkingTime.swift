import Workforce

extension CheckContext {
    /// When `average_48_hour_week` is on, an AMHP who has not opted out works at most 48 × days / 7
    /// hours in the 17-week reference period ending on the month's last day (WTR 1998 reg. 4),
    /// carry-in hours counting from the date the carry-in is complete (`ReferencePeriod`); with no
    /// earlier months chained in, the period is the month alone.
    ///
    /// Only the month's own hours can breach it: hours before the month above the limit leave the
    /// month no room, but a month with no shifts is not flagged for them.
    func average48HourWeek(_ amhp: AMHP) -> [Violation] {
        guard rules.average48HourWeek, !amhp.optedOutOf48HourWeek else { return [] }
        let period = ReferencePeriod(month: month, carryInCompleteFrom: hub.carryInCompleteFrom)
        let hours = rosteredHours(of: amhp.id)
        let before = timeline.intervals(of: amhp.id).filter { $0.isCarryIn && period.dates.contains($0.date) }
            .map(\.shift.hours).reduce(0, +)
        guard hours > period.hoursLeft(after: before) + Self.tolerance else { return [] }
        if period.first == month.firstDay {
            return [.hard(.average48HourWeek, amhpID: amhp.id,
                          "\(Wording.person(amhp)) is rostered \(Wording.hours(hours)) hours in \(month); without an opt-out the most is 48 × \(month.dayCount) / 7 = \(Wording.hours(period.hoursLimit)) hours (WTR 1998 reg. 4).")]
        }
        return [.hard(.average48HourWeek, amhpID: amhp.id,
                      "\(Wording.person(amhp)) is rostered \(Wording.hours(hours)) hours in \(month) after \(Wording.hours(before)) hours from \(period.first) to the month's start; without an opt-out the most in those \(period.dayCount) days is 48 × \(period.dayCount) / 7 = \(Wording.hours(period.hoursLimit)) hours (WTR 1998 reg. 4, 17-week reference period).")]
    }

    /// An AMHP who works any night shift in the month works at most
    /// `night_worker_maximum_hours_per_24` (8) × (days in month) hours in it (WTR 1998 reg. 6).
    func nightWorkerHours(_ amhp: AMHP) -> [Violation] {
        guard shifts(of: amhp.id).contains(where: \.shift.isNight) else { return [] }
        let hours = rosteredHours(of: amhp.id)
        let perDay = rules.nightWorkerMaximumHoursPer24
        let limit = perDay * Double(month.dayCount)
        guard hours > limit + Self.tolerance else { return [] }
        return [.hard(.nightWorkerHours, amhpID: amhp.id,
                      "\(Wording.person(amhp)) works nights and is rostered \(Wording.hours(hours)) hours in \(month); a night worker may work at most \(Wording.number(perDay)) × \(month.dayCount) = \(Wording.hours(limit)) hours (WTR 1998 reg. 6).")]
    }

    /// Hours and shares are sums of doubles; a breach smaller than this is rounding, not a breach.
    static let tolerance = 1e-9
}
