/// Time off in lieu an AMHP holds and the hours to be planned back in this rota (Service Standard 4.2).
public struct TOILPlan: Hashable, Sendable {
    public let amhpID: String
    public let balanceHours: Double
    public let planBackHours: Double
    /// The day the balance was earned (toil.csv's optional `earned`), or nil when unknown: the date
    /// `amhp import` gives the ledger's opening entry, so the policy's window counts from it.
    public let earned: LocalDate?

    public init(amhpID: String, balanceHours: Double, planBackHours: Double, earned: LocalDate? = nil) {
        self.amhpID = amhpID
        self.balanceHours = balanceHours
        self.planBackHours = planBackHours
        self.earned = earned
    }
}
