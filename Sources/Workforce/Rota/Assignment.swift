/// One AMHP on one shift on one day; `isCoordinator` marks who coordinates that shift.
public struct Assignment: Hashable, Sendable {
    public let amhpID: String
    public let date: LocalDate
    public let shiftCode: String
    public var isCoordinator: Bool

    public init(amhpID: String, date: LocalDate, shiftCode: String, isCoordinator: Bool = false) {
        self.amhpID = amhpID
        self.date = date
        self.shiftCode = shiftCode
        self.isCoordinator = isCoordinator
    }
}
