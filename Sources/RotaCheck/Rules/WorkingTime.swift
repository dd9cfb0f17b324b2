import Workforce

extension CheckContext {
    /// When `average_48_hour_week` is on, an AMHP who has not opted out works at most
    /// 48 × (days in month) / 7 hours in the month (WTR 1998 reg. 4, the reference period
    /// approximated by the month).
    func average48HourWeek(_ amhp: AMHP) -> [Violation] {
        guard rules.average48HourWeek, !amhp.optedOutOf48HourWeek else { return [] }
        let hours = rosteredHours(of: amhp.id)
        let limit = 48 * Double(month.dayCount) / 7
        guard hours > limit + Self.tolerance else { return [] }
        return [.hard(.average48HourWeek, amhpID: amhp.id,
                      "\(Wording.person(amhp)) is rostered \(Wording.hours(hours)) hours in \(month); without an opt-out the most is 48 × \(month.dayCount) / 7 = \(Wording.hours(limit)) hours (WTR 1998 reg. 4).")]
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
