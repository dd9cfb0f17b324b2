import Foundation
import Workforce

/// How people, shifts, dates and numbers are written in violation messages, in one place.
enum Wording {
    /// "Amy Adams (A01)".
    static func person(_ amhp: AMHP) -> String { "\(amhp.name) (\(amhp.id))" }

    /// "Night (N, 21:00-09:00)".
    static func shift(_ shift: ShiftType) -> String { "\(shift.name) (\(shift.code), \(shift.start)-\(shift.end))" }

    /// "Fri 2026-12-25 (Christmas Day)": the weekday helps a manager find the cell; the holiday explains the cover.
    static func day(_ date: LocalDate, calendar: HubCalendar) -> String {
        let holiday = calendar.bankHolidayName(date).map { " (\($0))" } ?? ""
        return "\(date.weekday.shortName) \(date)\(holiday)"
    }

    /// One decimal place, as hours are shown on a rota: "9.0".
    static func hours(_ value: Double) -> String { String(format: "%.1f", value) }

    /// At most two decimal places, trailing zeros dropped: "155.4", "10000", "6.67".
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Pounds to the penny: "£1234.50".
    static func pounds(_ value: Double) -> String { "£" + String(format: "%.2f", value) }

    /// "1 AMHP", "2 AMHPs".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }
}
