/// How many AMHPs a shift needs on one kind of day.
public struct CoverRule: Hashable, Sendable {
    public let dayType: DayType
    public let shiftCode: String
    /// Below this the shift is short: the sufficiency gap. At least 2 unless a second worker is available.
    public let minimum: Int
    /// What the service aims for, with contingency for high demand (Service Standard 2.3).
    public let target: Int
    /// A coordinator (a senior AMHP able to screen and allocate referrals) must be on the shift.
    public let coordinatorRequired: Bool
    /// A named second worker (not an AMHP) is available, so one AMHP does not lone-work (Standard 4.1).
    public let secondWorkerAvailable: Bool

    public init(dayType: DayType, shiftCode: String, minimum: Int, target: Int,
                coordinatorRequired: Bool, secondWorkerAvailable: Bool = false) {
        self.dayType = dayType
        self.shiftCode = shiftCode
        self.minimum = minimum
        self.target = target
        self.coordinatorRequired = coordinatorRequired
        self.secondWorkerAvailable = secondWorkerAvailable
    }
}
