import Workforce

/// One step of the projection: a calendar quarter (the first one runs from the as-of date).
public struct ProjectionPeriod: Hashable, Sendable {
    public let index: Int
    public let first: LocalDate
    /// The last day, inclusive.
    public let last: LocalDate

    /// `2027 Q1`.
    public var label: String { "\(first.year) Q\((first.month - 1) / 3 + 1)" }

    /// Its length in years, for turning annual rates into chances in the period.
    public var years: Double { Double(first.days(to: last) + 1) / 365.25 }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// Quarters from `asOf` until the end of the quarter holding the date `years` later.
    public static func quarters(from asOf: LocalDate, years: Int) -> [ProjectionPeriod] {
        let end = asOf.adding(months: 12 * years)
        var periods: [ProjectionPeriod] = []
        var first = asOf
        while first <= end {
            let quarterStart = LocalDate(clampingYear: first.year, month: (first.month - 1) / 3 * 3 + 1, day: 1)
            let last = quarterStart.adding(months: 3).adding(days: -1)
            periods.append(ProjectionPeriod(index: periods.count, first: first, last: last))
            first = last.adding(days: 1)
        }
        return periods
    }
}
