/// Hours still held from one credit, dated by the day they were earned; takings use the oldest lots first.
public struct TOILLot: Hashable, Sendable {
    /// The day the hours were earned (the credit entry's date).
    public let accrualDate: LocalDate
    /// Hours of the credit not yet used; always positive in a balance.
    public let hours: TOILHours
    /// The credit entry the lot comes from.
    public let sourceEntryID: String

    public init(accrualDate: LocalDate, hours: TOILHours, sourceEntryID: String) {
        self.accrualDate = accrualDate
        self.hours = hours
        self.sourceEntryID = sourceEntryID
    }

    /// Whole days from the day the hours were earned to `date`.
    public func age(on date: LocalDate) -> Int { accrualDate.days(to: date) }
}
