/// An AMHP's TOIL at the end of a day: hours held, hours a published rota has planned back, and the lots held.
///
///     let balance = ledger.balance(of: "A01", asOf: oct20)
///     balance.held        // 2 h
///     balance.lots        // [2 h earned 2026-10-10]
///     balance.available   // held − planned
public struct TOILBalance: Hashable, Sendable {
    public let amhpID: String
    /// The day the balance is taken at (after everything dated that day).
    public let asOf: LocalDate
    /// Hours earned and not yet taken, forfeited, paid out or adjusted away; the sum of `lots`.
    public let held: TOILHours
    /// Held hours a published rota has planned back and that have not yet been taken.
    public let planned: TOILHours
    /// Lots still held, oldest first.
    public let lots: [TOILLot]

    public init(amhpID: String, asOf: LocalDate, held: TOILHours, planned: TOILHours, lots: [TOILLot]) {
        self.amhpID = amhpID
        self.asOf = asOf
        self.held = held
        self.planned = planned
        self.lots = lots
    }

    /// Hours free to plan or take: held − planned.
    public var available: TOILHours { held - planned }

    /// The day the oldest held hours were earned, if any are held.
    public var oldestLotDate: LocalDate? { lots.first?.accrualDate }

    /// Days since the oldest held hours were earned, if any are held.
    public var oldestLotAge: Int? { lots.first?.age(on: asOf) }

    /// Held hours earned more than `windowDays` days before `asOf`.
    public func hoursHeld(beyond windowDays: Int) -> TOILHours {
        lots.filter { $0.age(on: asOf) > windowDays }.map(\.hours).sum()
    }
}
