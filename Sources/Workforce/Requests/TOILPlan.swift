/// Time off in lieu an AMHP holds and the hours to be planned back in this rota (Service Standard 4.2).
public struct TOILPlan: Hashable, Sendable {
    public let amhpID: String
    public let balanceHours: Double
    public let planBackHours: Double

    public init(amhpID: String, balanceHours: Double, planBackHours: Double) {
        self.amhpID = amhpID
        self.balanceHours = balanceHours
        self.planBackHours = planBackHours
    }
}
