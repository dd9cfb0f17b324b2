import Foundation
import Workforce

/// Today as the hub's staff count days: in England and Wales.
enum ServiceClock {
    static let timeZone = TimeZone(identifier: "Europe/London") ?? .current

    static var today: LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    static var thisMonth: Month {
        let today = today
        return Month(year: today.year, month: today.month)!
    }
}
