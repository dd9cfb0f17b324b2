import Workforce

/// Makes a realistic synthetic hub of any size: for benchmarks (`amhp bench hub`) and property tests.
///
/// The mix follows a county 24-hour hub: about half LA hub staff (1.0, 0.8, 0.6 FTE), a third NHS
/// AMHPs offering 2 to 4 shifts a month, a few night-only out-of-hours staff, a few who do not work
/// nights, trainees with practice educators; cover scales with headcount; leave, requests, TOIL
/// and history are drawn at typical rates. Around that, each seed draws a shape (`HubShape`):
/// weekday duty or none, maxima written or left to the default, where surplus hours go, and the
/// pay for unsocial hours. The same seed gives the same hub, and every hub loads (`HubLoader`).
public struct HubGenerator: Sendable {
    public let amhpCount: Int
    public let firstMonth: Month
    public let months: Int
    public let seed: UInt64

    public init(amhpCount: Int, firstMonth: Month, months: Int = 1, seed: UInt64) {
        self.amhpCount = amhpCount
        self.firstMonth = firstMonth
        self.months = max(months, 1)
        self.seed = seed
    }

    static let rotaShifts = [
        ShiftType(code: "D", name: "Day", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020), isNight: false),
        ShiftType(code: "L", name: "Late", start: ClockTime(wrappingMinutes: 780), end: ClockTime(wrappingMinutes: 1260), isNight: false),
        ShiftType(code: "N", name: "Night", start: ClockTime(wrappingMinutes: 1260), end: ClockTime(wrappingMinutes: 540), isNight: true),
    ]

    /// What this seed's hub looks like around its people.
    var shape: HubShape { HubShape(amhpCount: amhpCount, seed: seed, rotaShiftCodes: Self.rotaShifts.map(\.code)) }

    public func generate() -> Hub {
        var random = SeededGenerator(seed: seed)
        let shape = shape
        let amhps = people(&random)
        let horizon = DateRange(spanning: firstMonth.firstDay, lastDay)
        return Hub(amhps: amhps, shiftTypes: Self.rotaShifts + (shape.duty.map { [$0] } ?? []), coverRules: cover(shape),
                   absences: absences(amhps, horizon, &random), requests: requests(amhps, horizon, &random),
                   toil: toil(amhps, &random), history: history(amhps, &random), rules: rules(shape))
    }

    private var lastDay: LocalDate {
        var month = firstMonth
        for _ in 1..<months { month = month.next }
        return month.lastDay
    }

    private func people(_ random: inout SeededGenerator) -> [AMHP] {
        let approval = DateRange(spanning: firstMonth.firstDay.adding(days: -700), firstMonth.firstDay.adding(days: 1100))
        let trainees = amhpCount >= 12 ? 2 : 0
        let nightOnly = max(1, amhpCount / 12)
        let nhs = amhpCount / 3
        var result: [AMHP] = []
        for index in 0..<(amhpCount - trainees) {
            let id = "A\(index + 1 < 10 ? "0" : "")\(index + 1)"
            let senior = index % 3 == 0
            let employment: Employment
            var nights = NightWorking.yes
            if index < nightOnly {
                employment = .localAuthority(fte: 1.0)
                nights = .only
            } else if index < nightOnly + nhs {
                employment = .nhs(trust: index % 2 == 0 ? "North Trust" : "South Trust", shiftsPerMonth: Double(Int.random(in: 2...4, using: &random)))
            } else {
                employment = .localAuthority(fte: [1.0, 1.0, 0.8, 0.6].randomElement(using: &random) ?? 1.0)
            }
            if nights == .yes && Double.random(in: 0..<1, using: &random) < 0.12 { nights = .no }
            result.append(AMHP(id: id, name: "AMHP \(id)", employment: employment,
                               profession: index % 5 == 4 ? .nurse : .socialWorker, grade: senior ? "Senior AMHP" : "AMHP",
                               approval: approval, canCoordinateDays: (senior || index % 3 == 1) && nights != .only,
                               canCoordinateNights: senior && nights != .no,
                               nightWorking: nights, isPracticeEducator: index == nightOnly + nhs || index == nightOnly + nhs + 1))
        }
        for trainee in 0..<trainees {
            let educator = result[nightOnly + nhs + trainee]
            result.append(AMHP(id: "T0\(trainee + 1)", name: "Trainee T0\(trainee + 1)", employment: .localAuthority(fte: 0.4),
                               profession: .socialWorker, grade: "Trainee AMHP", approval: nil, canCoordinateDays: false,
                               canCoordinateNights: false, nightWorking: educator.nightWorking == .no ? .no : .yes, educatorID: educator.id))
        }
        return result
    }

    /// Cover for a hub of 40 (day 3/4, late 2/3, night 2/2 on weekdays) scaled by headcount, never
    /// below 2, each row's maximum by the shape; then the duty rows, which are caps, not cover.
    private func cover(_ shape: HubShape) -> [CoverRule] {
        let scale = Double(amhpCount) / 40
        func scaled(_ value: Double) -> Int { min(99, max(2, Int((value * scale).rounded()))) }
        func row(_ dayType: DayType, _ code: String, _ minimum: Double, _ target: Double) -> CoverRule {
            let target = scaled(target)
            return CoverRule(dayType: dayType, shiftCode: code, minimum: scaled(minimum), target: target,
                             maximum: shape.maximum(dayType, code, target: target), coordinatorRequired: true)
        }
        var rules: [CoverRule] = []
        for dayType in DayType.allCases {
            let weekday = dayType == .weekday
            rules.append(row(dayType, "D", weekday ? 3 : 2, weekday ? 4 : 3))
            rules.append(row(dayType, "L", 2, weekday ? 3 : 2))
            rules.append(row(dayType, "N", 2, 2))
        }
        if let duty = shape.duty {
            for dayType in DayType.allCases {
                guard let cap = shape.dutyCaps[dayType] else { continue }
                rules.append(CoverRule(dayType: dayType, shiftCode: duty.code, minimum: 0, target: 0, maximum: cap, coordinatorRequired: false))
            }
        }
        return rules
    }

    /// About one week of annual leave per person per month in four, sickness now and then, a training day.
    private func absences(_ amhps: [AMHP], _ horizon: DateRange, _ random: inout SeededGenerator) -> [Absence] {
        var result: [Absence] = []
        for amhp in amhps {
            for _ in 0..<months {
                let roll = Double.random(in: 0..<1, using: &random)
                let start = horizon.first.adding(days: Int.random(in: 0..<horizon.dayCount, using: &random))
                if roll < 0.3 {
                    let end = min(start.adding(days: Int.random(in: 2...8, using: &random)), horizon.last)
                    result.append(Absence(amhpID: amhp.id, kind: .annual, dates: DateRange(spanning: start, end)))
                } else if roll < 0.38 {
                    let end = min(start.adding(days: Int.random(in: 0...3, using: &random)), horizon.last)
                    result.append(Absence(amhpID: amhp.id, kind: .sickness, dates: DateRange(spanning: start, end)))
                } else if roll < 0.5 {
                    result.append(Absence(amhpID: amhp.id, kind: .training, dates: DateRange(spanning: start, start)))
                }
            }
        }
        return result
    }

    private func requests(_ amhps: [AMHP], _ horizon: DateRange, _ random: inout SeededGenerator) -> [ShiftRequest] {
        var result: [ShiftRequest] = []
        for amhp in amhps where !amhp.isTrainee {
            for _ in 0..<Int.random(in: 0...(2 * months), using: &random) {
                let date = horizon.first.adding(days: Int.random(in: 0..<horizon.dayCount, using: &random))
                let wantsOff = Bool.random(using: &random)
                let shift: String? = wantsOff ? nil : (amhp.nightWorking == .only ? "N" : ["D", "L"].randomElement(using: &random))
                result.append(ShiftRequest(amhpID: amhp.id, date: date, shiftCode: shift, preference: wantsOff ? .avoid : .want,
                                           weight: Int.random(in: 1...10, using: &random)))
            }
        }
        return result
    }

    private func toil(_ amhps: [AMHP], _ random: inout SeededGenerator) -> [TOILPlan] {
        amhps.filter { !$0.employment.isNHS && !$0.isTrainee && Double.random(in: 0..<1, using: &random) < 0.25 }.map { amhp in
            let balance = Double(Int.random(in: 4...30, using: &random))
            return TOILPlan(amhpID: amhp.id, balanceHours: balance, planBackHours: min(balance, Double(Int.random(in: 0...2, using: &random)) * 8))
        }
    }

    private func history(_ amhps: [AMHP], _ random: inout SeededGenerator) -> [FairnessHistory] {
        amhps.filter { !$0.isTrainee }.map { amhp in
            let scale: Double = switch amhp.employment {
            case .localAuthority(let fte): fte
            case .nhs(_, let shifts): shifts / 20
            }
            let months = 11
            func draw(_ perMonth: Double) -> Int { max(0, Int((perMonth * scale * Double(months) * Double.random(in: 0.7...1.3, using: &random)).rounded())) }
            return FairnessHistory(amhpID: amhp.id, months: months, nights: amhp.nightWorking == .yes ? draw(2.5) : 0,
                                   weekendShifts: draw(3), bankHolidayShifts: draw(0.5), workedLastFestive: Double.random(in: 0..<1, using: &random) < 0.3)
        }
    }

    private func rules(_ shape: HubShape) -> HubRules {
        var rules = HubRules()
        rules.hubName = "Generated hub (\(amhpCount) AMHPs, seed \(seed))"
        rules.surplusHours = shape.surplusHours
        rules.unsocialHours = shape.unsocialHours
        return rules
    }
}
