/// Hours of the week as people say them: `Mon 14:00`.
public enum HourOfWeekText {
    public static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    public static func label(_ hourOfWeek: Int) -> String {
        let hour = hourOfWeek % 24
        return "\(days[hourOfWeek / 24]) \(hour < 10 ? "0" : "")\(hour):00"
    }
}
