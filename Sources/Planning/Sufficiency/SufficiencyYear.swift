import Workforce

/// The FTE the demand needs over a whole year, month by month (issue 18): the planned month is the
/// busiest by default, and its cover held all year over-provides the quieter months. Each calendar
/// month's cover is found for its own seasonal demand, and the year's FTE is their mean weighted by
/// the days of each month, which is the year's hours of month-by-month cover in rota FTE.
public struct SufficiencyYear: Sendable {
    public let months: [(month: Month, neededFTE: Double)]

    /// The twelve months starting with `analysis`'s, under the same settings and demand change.
    public init(data: PlanningData, from analysis: SufficiencyAnalysis) throws {
        var month = analysis.month
        var found: [(Month, Double)] = [(month, analysis.neededFTE)]
        for _ in 1..<12 {
            month = month.next
            found.append((month, try SufficiencyAnalysis(data: data, month: month, demandFactor: analysis.demandFactor).neededFTE))
        }
        months = found
    }

    /// Rota FTE over the year with each month's own cover.
    public var neededFTE: Double {
        let days = months.reduce(0) { $0 + $1.month.dayCount }
        return months.reduce(0.0) { $0 + $1.neededFTE * Double($1.month.dayCount) } / Double(max(days, 1))
    }
}
