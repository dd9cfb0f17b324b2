import Foundation
import Workforce

/// Today as the hub's staff count days: in England and Wales.
enum ServiceClock {
    static let timeZone = TimeZone(identifier: "Europe/London") ?? .current

    static var today: LocalDate { LocalDate.today(in: timeZone) }

    static var thisMonth: Month { Month(containing: today) }
}
