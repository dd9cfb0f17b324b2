import Workforce

extension CheckContext {
    /// Between the end of any shift and the start of the AMHP's next shift there are at least
    /// `minimum_rest_hours` (11), measured on the clock, carry-in included (WTR 1998 reg. 10).
    ///
    /// A breach is reported on the later shift, and only when that shift is in the month:
    /// a short rest wholly inside carry-in is history the rota cannot change.
    func dailyRest(_ amhp: AMHP) -> [Violation] {
        let minimumHours = rules.minimumRestHours
        let intervals = timeline.intervals(of: amhp.id)
        return zip(intervals, intervals.dropFirst()).compactMap { previous, next in
            let restMinutes = next.startMinute - previous.endMinute
            guard !next.isCarryIn, Double(restMinutes) < minimumHours * 60 else { return nil }
            let between = "the \(Wording.shift(previous.shift)) on \(previous.date)\(previous.isCarryIn ? " (carried in)" : "") and the \(Wording.shift(next.shift)) on \(next.date)"
            let rest = restMinutes >= 0
                ? "has \(Wording.hours(Double(restMinutes) / 60)) hours' rest between \(between)"
                : "has shifts that overlap by \(Wording.hours(Double(-restMinutes) / 60)) hours: \(between)"
            return .hard(.dailyRest, amhpID: amhp.id, date: next.date, shiftCode: next.shift.code,
                         "\(Wording.person(amhp)) \(rest); the minimum is \(Wording.number(minimumHours)) (WTR 1998 reg. 10).")
        }
    }
}
