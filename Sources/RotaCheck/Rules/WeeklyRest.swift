import Workforce

extension CheckContext {
    /// Every run of `weekly_rest_window_days` (7) consecutive dates that ends in the month contains a
    /// rest day: a date on which the AMHP starts no shift and the time from the end of their previous
    /// shift to the start of their next is at least `weekly_rest_hours` (24, at most 24) (WTR 1998 reg. 11).
    ///
    /// Carry-in supplies the shifts before the month; days before it without carry-in and days after
    /// it have no shifts, so they are off. Overlapping windows that all fail are reported once, as
    /// one stretch without a rest day, dated at the end of the first failing window.
    func weeklyRest(_ amhp: AMHP) -> [Violation] {
        let windowDays = rules.weeklyRestWindowDays
        let firstDate = month.firstDay.adding(days: -(windowDays - 1))
        // With shifts and weekly rest of at most 24 hours, a shift that starts before the day before a
        // date cannot spoil its rest: carry-in from weeks of chained months earlier is left unread.
        let earliestStart = Timeline.midnight(firstDate.adding(days: -1))
        let intervals = timeline.intervals(of: amhp.id).filter { $0.startMinute >= earliestStart }
        guard windowDays > 0, intervals.contains(where: { !$0.isCarryIn }) else { return [] }
        let candidates = (0..<(firstDate.days(to: month.lastDay) + 1)).map { firstDate.adding(days: $0) }
        let restDays = Set(candidates.filter { isRestDay($0, intervals: intervals) })

        let failingEnds = month.dates.filter { end in
            !(0..<windowDays).contains { restDays.contains(end.adding(days: -$0)) }
        }
        return Self.runs(of: Set(failingEnds)).map { ends in
            let stretch = DateRange(spanning: ends.first.adding(days: -(windowDays - 1)), ends.last)
            return .hard(.weeklyRest, amhpID: amhp.id, date: ends.first,
                         "\(Wording.person(amhp)) has no rest day (no shift starting and at least \(Wording.number(weeklyRestHours)) hours off) in the \(stretch.dayCount) dates from \(stretch.first) to \(stretch.last); every \(windowDays) dates in a row must include one (WTR 1998 reg. 11).")
        }
    }

    /// Hours of uninterrupted rest that make a rest day; the docs cap the setting at 24.
    private var weeklyRestHours: Double { min(rules.weeklyRestHours, 24) }

    /// No shift starts on the date, and the gap from the latest end of the shifts started before it
    /// to the earliest start after it is long enough. No shift before (or after) means an open gap.
    private func isRestDay(_ date: LocalDate, intervals: [ShiftInterval]) -> Bool {
        let dayStart = Timeline.midnight(date)
        let dayEnd = dayStart + Timeline.minutesPerDay
        if intervals.contains(where: { dayStart <= $0.startMinute && $0.startMinute < dayEnd }) { return false }
        guard let previousEnd = intervals.filter({ $0.startMinute < dayStart }).map(\.endMinute).max(),
              let nextStart = intervals.filter({ $0.startMinute >= dayEnd }).map(\.startMinute).min() else { return true }
        return Double(nextStart - previousEnd) >= weeklyRestHours * 60
    }
}
