import Workforce

/// Hours of AMHP training one AMHP logged on one date (`training_log.csv`).
public struct TrainingRecord: Hashable, Sendable {
    public let amhpID: String
    public let date: LocalDate
    public let hours: Double
    public let activity: String

    public init(amhpID: String, date: LocalDate, hours: Double, activity: String = "") {
        self.amhpID = amhpID
        self.date = date
        self.hours = hours
        self.activity = activity
    }
}
