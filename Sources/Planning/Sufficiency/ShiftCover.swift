import Workforce

/// The cover one kind of day and shift needs for the response target, beside the hub's own.
public struct ShiftCover: Hashable, Sendable {
    public let dayType: DayType
    public let shiftCode: String
    /// Assessing teams on the shift.
    public let teams: Int
    /// AMHPs needed: teams × AMHPs per assessment, plus the coordinator where they stay at base.
    public let amhps: Int
    /// The hub's minimum and target from cover.csv.
    public let hubMinimum: Int
    public let hubTarget: Int

    public init(dayType: DayType, shiftCode: String, teams: Int, amhps: Int, hubMinimum: Int, hubTarget: Int) {
        self.dayType = dayType
        self.shiftCode = shiftCode
        self.teams = teams
        self.amhps = amhps
        self.hubMinimum = hubMinimum
        self.hubTarget = hubTarget
    }
}
