import Foundation

/// A calendar date with no time zone: what a rota cell, a leave day or a bank holiday is.
///
/// Arithmetic works on the day number (days since 1970-01-01, proleptic Gregorian),
/// so it never meets daylight-saving changes or time zones.
///
///     guard let christmas = LocalDate(year: 2026, month: 12, day: 25) else { return }
///     christmas.weekday        // .friday
///     christmas.adding(days: 3) // 2026-12-28
public struct LocalDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Nil when the day does not exist (30 February, month 13). Any year is allowed here, for
    /// arithmetic; text from outside goes through `init?(_:)`, which keeps to `InputLimits.years`.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.dayNumber = LocalDate.dayNumber(year: year, month: month, day: day)
    }

    /// The day, with the month brought into 1...12 and the day into the month: for dates computed
    /// from parts already known to be valid (the 25th of December, the 1st of a `Month`).
    public init(clampingYear year: Int, month: Int, day: Int) {
        let month = min(max(month, 1), 12)
        let day = min(max(day, 1), LocalDate.daysIn(month: month, year: year))
        self.dayNumber = LocalDate.dayNumber(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (ISO 8601) or `DD/MM/YYYY` (how Excel shows dates in the UK), with a
    /// year in `InputLimits.years`; nil for anything else, so every date read from outside prints
    /// back as it was written and can be stored and read again.
    public init?(_ text: String) {
        // Every date the service stores is exactly YYYY-MM-DD, and ledgers read thousands: those take
        // a byte-level path; anything else (spaces, DD/MM/YYYY, one-digit parts) the general one.
        if let day = Self.exactISO(text) {
            self = day
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts: (year: Substring, month: Substring, day: Substring)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let uk = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3 {
            parts = (iso[0], iso[1], iso[2])
        } else if uk.count == 3 {
            parts = (uk[2], uk[1], uk[0])
        } else {
            return nil
        }
        guard parts.year.count == 4, (1...2).contains(parts.month.count), (1...2).contains(parts.day.count),
              [parts.year, parts.month, parts.day].allSatisfy({ $0.allSatisfy { "0"..."9" ~= $0 } }),
              let year = Int(parts.year), let month = Int(parts.month), let day = Int(parts.day),
              InputLimits.years.contains(year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `text` when it is exactly `YYYY-MM-DD` (ten ASCII bytes) naming a real day in `InputLimits.years`.
    private static func exactISO(_ text: String) -> LocalDate? {
        var parts = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            if count == 4 || count == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 10 else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if count < 4 { parts.year = parts.year * 10 + digit } else if count < 7 { parts.month = parts.month * 10 + digit } else { parts.day = parts.day * 10 + digit }
            }
            count += 1
        }
        guard count == 10, InputLimits.years.contains(parts.year) else { return nil }
        return LocalDate(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Whether the date lies in `InputLimits.years`, the dates accepted from outside.
    public var isSupported: Bool { InputLimits.years.contains(year) }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday; `allCases` runs Monday to Sunday.
        Weekday.allCases[((dayNumber % 7) + 7 + 3) % 7]
    }

    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension LocalDate: CustomStringConvertible {
    /// ISO 8601, `2026-12-25`; the year has at least four digits, as `init?(_:)` reads it.
    public var description: String {
        let (y, m, d) = civil
        return "\(LocalDate.fourDigits(y))-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// A year as ISO 8601 writes it: `0999`, `2026`, `-0001`.
    static func fourDigits(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
