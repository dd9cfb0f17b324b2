/// How many AMHPs a shift needs on one kind of day.
public struct CoverRule: Hashable, Sendable {
    public let dayType: DayType
    public let shiftCode: String
    /// Below this the shift is short: the sufficiency gap. At least 2 unless a second worker is available.
    public let minimum: Int
    /// What the service aims for, with contingency for high demand (Service Standard 2.3).
    public let target: Int
    /// The most AMHPs counting towards cover the shift may have (hard); for a duty shift, the cap on
    /// people on duty that day. Defaults to `target + 1` (`defaultMaximum`).
    public let maximum: Int
    /// A coordinator (a senior AMHP able to screen and allocate referrals) must be on the shift.
    public let coordinatorRequired: Bool
    /// A named second worker (not an AMHP) is available, so one AMHP does not lone-work (Standard 4.1).
    public let secondWorkerAvailable: Bool

    /// `maximum` nil takes the default, one above the target.
    public init(dayType: DayType, shiftCode: String, minimum: Int, target: Int, maximum: Int? = nil,
                coordinatorRequired: Bool, secondWorkerAvailable: Bool = false) {
        self.dayType = dayType
        self.shiftCode = shiftCode
        self.minimum = minimum
        self.target = target
        self.maximum = maximum ?? Self.defaultMaximum(target: target)
        self.coordinatorRequired = coordinatorRequired
        self.secondWorkerAvailable = secondWorkerAvailable
    }

    /// The numbers of AMHPs a minimum, target or maximum may be (`cover.csv`, and the service's form).
    public static let counts: ClosedRange<Int> = 0...99

    /// A rota shift's maximum when `cover.csv` leaves it blank: one AMHP of slack above the target,
    /// so a request or a pin can add one person, never a stack.
    public static func defaultMaximum(target: Int) -> Int { target + 1 }

    /// People above the target on a shift with `count` AMHPs counting towards cover.
    public func excess(_ count: Int) -> Int { max(0, count - target) }
}
