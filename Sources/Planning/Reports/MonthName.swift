import Workforce

/// Month names as reports print them.
public enum MonthName {
    public static let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December"]

    /// `December 2026`.
    public static func full(_ month: Month) -> String { "\(names[month.month - 1]) \(month.year)" }
}
