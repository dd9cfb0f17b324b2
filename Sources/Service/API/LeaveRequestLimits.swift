/// The bounds on a leave request: how long one may be, and how many an AMHP may have waiting.
enum LeaveRequestLimits {
    /// A year and a day: longer than any leave a hub grants, so a longer one is a typing error.
    static let longestDays = 366
    /// Pending requests one AMHP may have at once: more than anyone needs, few enough that one
    /// account cannot flood the manager's list.
    static let openPerAMHP = 10
    /// The longest note, on a request or a decision.
    static let noteLength = 500
}
