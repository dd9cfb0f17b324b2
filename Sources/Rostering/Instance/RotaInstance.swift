import Workforce

/// A hub and a month turned into the indexed facts a rota model and heuristics work on.
///
/// AMHPs, days and shifts are addressed by position (`a`, `d`, `s`); day 0 is the month's first day
/// and negative days are the carry-in days before it.
public struct RotaInstance: Sendable {
    public let hub: Hub
    public let month: Month
    public let calendar: HubCalendar
    public let amhps: [AMHP]
    public let shifts: [ShiftType]
    public let dates: [LocalDate]
    public let commitments: [MonthlyCommitment]
    /// `coverRules[d][s]`: the cover rule of day `d` and shift `s`.
    public let coverRules: [[CoverRule]]
    /// Carry-in shifts by AMHP: day offset (negative) to shift index.
    public let carryIn: [[Int: Int]]
    /// How many days before the month carry-in and sequence rules look back.
    public let lookBack: Int
    /// `approved[a][d]`: warrant in force and not suspended (a trainee: not suspended) on day `d`.
    public let approved: [[Bool]]
    /// `absent[a][d]`: on leave, sick, training, taking TOIL or otherwise absent on day `d`.
    public let absent: [[Bool]]
    /// `available[a][d]`: may be rostered (approved and not absent) on day `d`.
    public let available: [[Bool]]
    /// `enhancement[nhs ? 1 : 0][d][s]`: pounds of unsocial-hours enhancement for shift `s` on day `d`
    /// at local-authority (0) or NHS (1) rates.
    public let enhancement: [[[Double]]]
    private let amhpIndexByID: [String: Int]
    /// Pins and a re-plan's baseline (`CellFixing`); none for a plain solve.
    public internal(set) var fixing = CellFixing()

    public init(hub: Hub, month: Month) {
        self.hub = hub
        self.month = month
        calendar = hub.calendar(for: month)
        amhps = hub.amhps
        shifts = hub.shiftTypes
        dates = month.dates
        commitments = hub.amhps.map { MonthlyCommitment(amhp: $0, hub: hub, month: month) }
        let calendar = calendar
        coverRules = month.dates.map { date in
            hub.shiftTypes.map { shift in
                // No row: a rota shift that does not run, or no duty that day.
                hub.coverRule(for: calendar.dayType(date), shift: shift.code)
                    ?? CoverRule(dayType: calendar.dayType(date), shiftCode: shift.code, minimum: 0, target: 0,
                                 maximum: shift.isDuty ? 0 : nil, coordinatorRequired: false)
            }
        }
        let rules = hub.rules.workingTime
        lookBack = max(rules.maximumConsecutiveNights, rules.maximumConsecutiveWorkingDays, rules.weeklyRestWindowDays, 2) + 1
        var indexByID: [String: Int] = [:]
        for (index, amhp) in hub.amhps.enumerated() { indexByID[amhp.id] = index }
        amhpIndexByID = indexByID
        var carryIn = Array(repeating: [Int: Int](), count: hub.amhps.count)
        let shiftIndex = Dictionary(uniqueKeysWithValues: hub.shiftTypes.enumerated().map { ($1.code, $0) })
        let first = month.firstDay
        let lookBack = lookBack
        for assignment in hub.carryIn {
            let offset = first.days(to: assignment.date)
            guard offset < 0, offset >= -lookBack, let a = indexByID[assignment.amhpID],
                  let s = shiftIndex[assignment.shiftCode] else { continue }
            carryIn[a][offset] = s
        }
        self.carryIn = carryIn
        let approved = hub.amhps.map { amhp in month.dates.map { amhp.mayBeRostered(on: $0) } }
        // From each absence to its days, rather than a search of every absence for every AMHP and day.
        var absent = Array(repeating: Array(repeating: false, count: month.dates.count), count: hub.amhps.count)
        for absence in hub.absences {
            guard let a = indexByID[absence.amhpID] else { continue }
            for (d, date) in month.dates.enumerated() where absence.dates.contains(date) { absent[a][d] = true }
        }
        self.approved = approved
        self.absent = absent
        available = zip(approved, absent).map { approved, absent in zip(approved, absent).map { $0 && !$1 } }
        let terms = hub.rules.unsocialHours
        enhancement = [terms.localAuthority, terms.nhs].map { rates in
            month.dates.map { date in
                hub.shiftTypes.map { terms.enhancement(of: $0, on: date, calendar: calendar, rates: rates) }
            }
        }
    }

    /// Pounds of enhancement AMHP `a` is paid for shift `s` on day `d`.
    public func enhancement(_ a: Int, day d: Int, shift s: Int) -> Double {
        enhancement[amhps[a].employment.isNHS ? 1 : 0][d][s]
    }

    /// Whether AMHP `a` may work shift `s` by the kind of shift: duty is for LA AMHPs only.
    public func mayWorkKind(_ a: Int, shift s: Int) -> Bool {
        amhps[a].mayWork(kind: shifts[s].kind)
    }

    public var dayCount: Int { dates.count }

    public func amhpIndex(_ id: String) -> Int? { amhpIndexByID[id] }

    /// Whether AMHP `a` may work shift `s` on day `d` by eligibility alone (warrant, leave, nights, duty).
    public func isApproved(_ a: Int, day d: Int) -> Bool { approved[a][d] }

    public func isAbsent(_ a: Int, day d: Int) -> Bool { absent[a][d] }

    public func isEligible(_ a: Int, day d: Int, shift s: Int) -> Bool {
        available[a][d] && amhps[a].mayWork(night: shifts[s].isNight) && mayWorkKind(a, shift: s)
    }

    /// Minutes from the end of shift `s1` on day `d1` to the start of shift `s2` on day `d2`.
    public func gapMinutes(from s1: Int, day d1: Int, to s2: Int, day d2: Int) -> Int {
        shifts[s2].startMinute(onDay: d2) - shifts[s1].endMinute(onDay: d1)
    }

    public var minimumRestMinutes: Int { Int((hub.rules.workingTime.minimumRestHours * 60).rounded(.up)) }
    public var weeklyRestMinutes: Int { Int((hub.rules.workingTime.weeklyRestHours * 60).rounded(.up)) }

    /// Hours cap for the month from the 48-hour average (nil when it does not apply to this AMHP).
    public func averageWeekCap(_ a: Int) -> Double? {
        guard hub.rules.workingTime.average48HourWeek, !amhps[a].optedOutOf48HourWeek else { return nil }
        return 48 * Double(dayCount) / 7
    }

    /// Hours cap for an AMHP who may work nights (WTR reg. 6); it binds only in a month in which they work one.
    public func nightWorkerCap(_ a: Int) -> Double? {
        amhps[a].nightWorking == .no ? nil : hub.rules.workingTime.nightWorkerMaximumHoursPer24 * Double(dayCount)
    }

    public func educatorIndex(of a: Int) -> Int? {
        amhps[a].educatorID.flatMap { amhpIndex($0) }
    }
}
