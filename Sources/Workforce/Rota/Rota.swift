/// A month's rota: who works which shift on which day.
public struct Rota: Hashable, Sendable {
    public let month: Month
    public private(set) var assignments: [Assignment]

    public init(month: Month, assignments: [Assignment]) {
        self.month = month
        self.assignments = assignments.sorted {
            ($0.date, $0.shiftCode, $0.amhpID) < ($1.date, $1.shiftCode, $1.amhpID)
        }
    }

    /// The shift code an AMHP works on a date, if any (the first, should a hand edit give two).
    public func shift(of amhpID: String, on date: LocalDate) -> String? {
        assignments.first { $0.amhpID == amhpID && $0.date == date }?.shiftCode
    }

    public func assignments(on date: LocalDate, shift code: String) -> [Assignment] {
        assignments.filter { $0.date == date && $0.shiftCode == code }
    }
}
