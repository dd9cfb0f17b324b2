import Foundation
import Planning
import Workforce

/// Numbers, times and days as the pages print them. Leaf prints values as they come, so the pages
/// format them here once (and `Public/js/app.js` formats the same way when a script redraws).
enum PageText {
    /// Hours to at most two decimal places, without trailing zeros: `7.4`, `22`, `-3.75`.
    static func hours(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    static func hours(_ value: Double?) -> String {
        value.map { hours($0) } ?? ""
    }

    /// Pounds to the penny, as the reports print them: `£1234.50`.
    static func pounds(_ value: Double) -> String {
        "£" + String(format: "%.2f", value)
    }

    /// An objective value with one decimal place, as the solver reports print it.
    static func objective(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "—"
    }

    /// A moment in UK time, to the minute: `2026-11-20 14:03`.
    static func moment(_ date: Date?) -> String {
        guard let date else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = ServiceClock.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// A day with its weekday: `Fri 2026-12-25`.
    static func day(_ text: String) -> String {
        guard let date = LocalDate(text) else { return text }
        return "\(date.weekday.shortName) \(date)"
    }

    static func monthName(_ month: Month) -> String {
        MonthName.full(month)
    }

    /// The month before `month`.
    static func previous(_ month: Month) -> Month {
        month.previous
    }
}
