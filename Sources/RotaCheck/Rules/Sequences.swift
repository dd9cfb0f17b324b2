import Workforce

extension CheckContext {
    /// No more than `maximum_consecutive_nights` dates in a row with a night shift, carry-in included (local rule).
    func consecutiveNights(_ amhp: AMHP) -> [Violation] {
        let nights = timeline.intervals(of: amhp.id).filter(\.shift.isNight).map(\.date)
        return overlongRuns(of: Set(nights), maximum: rules.maximumConsecutiveNights).map { run, firstBreach in
            .hard(.consecutiveNights, amhpID: amhp.id, date: firstBreach,
                  "\(Wording.person(amhp)) works nights on \(run.dayCount) dates in a row, \(run.first) to \(run.last); the most allowed is \(rules.maximumConsecutiveNights) (local rule).")
        }
    }

    /// No more than `maximum_consecutive_working_days` dates in a row with any shift, carry-in included (local rule).
    func consecutiveWorkingDays(_ amhp: AMHP) -> [Violation] {
        let workingDates = timeline.intervals(of: amhp.id).map(\.date)
        return overlongRuns(of: Set(workingDates), maximum: rules.maximumConsecutiveWorkingDays).map { run, firstBreach in
            .hard(.consecutiveWorkingDays, amhpID: amhp.id, date: firstBreach,
                  "\(Wording.person(amhp)) works on \(run.dayCount) dates in a row, \(run.first) to \(run.last); the most allowed is \(rules.maximumConsecutiveWorkingDays) (local rule).")
        }
    }

    /// Runs of consecutive dates longer than `maximum` that reach into the month, each with the
    /// first date in the month on which the run is already too long.
    ///
    /// Dates before the month without carry-in are simply absent, so they count as days off.
    private func overlongRuns(of dates: Set<LocalDate>, maximum: Int) -> [(run: DateRange, firstBreach: LocalDate)] {
        Self.runs(of: dates).compactMap { run in
            guard run.dayCount > maximum, run.last >= month.firstDay else { return nil }
            return (run, max(run.first.adding(days: maximum), month.firstDay))
        }
    }

    /// Maximal runs of consecutive dates, earliest first.
    static func runs(of dates: Set<LocalDate>) -> [DateRange] {
        var runs: [DateRange] = []
        var start: LocalDate?
        var previous: LocalDate?
        for date in dates.sorted() {
            if let last = previous, last.adding(days: 1) == date {
                previous = date
                continue
            }
            if let start, let previous, let run = DateRange(first: start, last: previous) { runs.append(run) }
            start = date
            previous = date
        }
        if let start, let previous, let run = DateRange(first: start, last: previous) { runs.append(run) }
        return runs
    }
}
