import Foundation

/// A calendar month, the horizon of a published rota: `2026-12`.
public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil when `month` is not 1...12. Any year is allowed here, for arithmetic; text from outside
    /// goes through `init?(_:)`, which keeps to `InputLimits.years`.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a date falls in.
    public init(containing date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// Parses `YYYY-MM`, with a year in `InputLimits.years`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { "0"..."9" ~= $0 } }),
              let year = Int(parts[0]), let month = Int(parts[1]), InputLimits.years.contains(year) else { return nil }
        self.init(year: year, month: month)
    }

    public var firstDay: LocalDate { LocalDate(clampingYear: year, month: month, day: 1) }
    public var dayCount: Int { LocalDate.daysIn(month: month, year: year) }
    public var lastDay: LocalDate { firstDay.adding(days: dayCount - 1) }
    public var dates: [LocalDate] { (0..<dayCount).map { firstDay.adding(days: $0) } }
    public var range: DateRange { DateRange(spanning: firstDay, lastDay) }

    public var description: String { "\(LocalDate.fourDigits(year))-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension Month {
    /// The month after this one.
    public var next: Month { Month(containing: lastDay.adding(days: 1)) }

    /// The month before this one.
    public var previous: Month { Month(containing: firstDay.adding(days: -1)) }
}
