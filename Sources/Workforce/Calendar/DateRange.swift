/// An inclusive range of dates, as leave and approvals are written: "from 21 to 24 December".
public struct DateRange: Hashable, Sendable {
    public let first: LocalDate
    public let last: LocalDate

    /// Nil when `last` is before `first`.
    public init?(first: LocalDate, last: LocalDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// The dates from the earlier of `a` and `b` to the later: for ranges whose ends are computed.
    public init(spanning a: LocalDate, _ b: LocalDate) {
        self.first = min(a, b)
        self.last = max(a, b)
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    public var dayCount: Int { first.days(to: last) + 1 }

    public var dates: [LocalDate] { (0..<dayCount).map { first.adding(days: $0) } }
}
