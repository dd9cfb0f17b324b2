import Foundation

/// A calendar month, the horizon of a published rota: `2026-12`.
public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var dayCount: Int { LocalDate.daysIn(month: month, year: year) }
    public var lastDay: LocalDate { firstDay.adding(days: dayCount - 1) }
    public var dates: [LocalDate] { (0..<dayCount).map { firstDay.adding(days: $0) } }
    public var range: DateRange { DateRange(first: firstDay, last: lastDay)! }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension Month {
    /// The month after this one.
    public var next: Month {
        month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)!
    }
}
