/// An Approved Mental Health Professional (or a trainee on placement) on the hub's rota.
public struct AMHP: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let employment: Employment
    public let profession: Profession
    /// Local grade as the employer writes it (for example "Senior AMHP", "KR10").
    public let grade: String
    /// The five-year warrant; nil for a trainee, who is not yet approved.
    public let approval: DateRange?
    /// Periods in which the approval is suspended: no AMHP duties then.
    public let suspensions: [DateRange]
    public let canCoordinateDays: Bool
    public let canCoordinateNights: Bool
    public let nightWorking: NightWorking
    /// A practice educator can supervise a trainee on shift.
    public let isPracticeEducator: Bool
    /// Set for a trainee AMHP: the practice educator they must be on shift with.
    public let educatorID: String?
    /// Opted out of the 48-hour average week (WTR 1998 reg. 5).
    public let optedOutOf48HourWeek: Bool
    /// The employer's payroll (staff) number, for the TOIL payroll export; nil when not given.
    public let payrollNumber: String?

    public init(
        id: String, name: String, employment: Employment, profession: Profession, grade: String,
        approval: DateRange?, suspensions: [DateRange] = [], canCoordinateDays: Bool, canCoordinateNights: Bool,
        nightWorking: NightWorking, isPracticeEducator: Bool = false, educatorID: String? = nil,
        optedOutOf48HourWeek: Bool = false, payrollNumber: String? = nil
    ) {
        self.id = id
        self.name = name
        self.employment = employment
        self.profession = profession
        self.grade = grade
        self.approval = approval
        self.suspensions = suspensions
        self.canCoordinateDays = canCoordinateDays
        self.canCoordinateNights = canCoordinateNights
        self.nightWorking = nightWorking
        self.isPracticeEducator = isPracticeEducator
        self.educatorID = educatorID
        self.optedOutOf48HourWeek = optedOutOf48HourWeek
        self.payrollNumber = payrollNumber
    }

    public var isTrainee: Bool { educatorID != nil }

    /// A trainee works under supervision and does not count towards cover.
    public var countsTowardsCover: Bool { !isTrainee }

    /// Whether the warrant is in force and not suspended on a date; always false for a trainee.
    public func isApproved(on date: LocalDate) -> Bool {
        guard let approval, approval.contains(date) else { return false }
        return !suspensions.contains { $0.contains(date) }
    }

    /// Whether the person may be on the rota at all on a date (a trainee needs no warrant).
    public func mayBeRostered(on date: LocalDate) -> Bool {
        isTrainee ? !suspensions.contains { $0.contains(date) } : isApproved(on: date)
    }

    public func canCoordinate(night: Bool) -> Bool {
        !isTrainee && (night ? canCoordinateNights : canCoordinateDays)
    }

    /// Whether the AMHP may work a shift of this kind: duty is for LA AMHPs only (`eligibility.duty`),
    /// as an NHS AMHP's time off the rota belongs to their trust.
    public func mayWork(kind: ShiftKind) -> Bool {
        kind == .rota || !employment.isNHS
    }

    public func mayWork(night: Bool) -> Bool {
        switch nightWorking {
        case .yes: true
        case .no: !night
        case .only: night
        }
    }
}
