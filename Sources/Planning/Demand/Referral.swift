import Workforce

/// One referral for a Mental Health Act assessment, as the hub logged it when it came in.
public struct Referral: Hashable, Sendable {
    /// The hub's own reference, if it keeps one.
    public let id: String
    public let date: LocalDate
    public let time: ClockTime
    /// Who referred (police, hospital, community team): kept for people, not used in the arithmetic.
    public let source: String

    public init(id: String = "", date: LocalDate, time: ClockTime, source: String = "") {
        self.id = id
        self.date = date
        self.time = time
        self.source = source
    }

    /// The hour of the week it arrived in: 0 is Monday 00:00-00:59, 167 is Sunday 23:00-23:59.
    public var hourOfWeek: Int { (date.weekday.rawValue - 1) * 24 + time.minutes / 60 }
}
