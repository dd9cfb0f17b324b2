import Workforce

/// Makes a realistic synthetic hub of any size: for benchmarks (`amhp bench hub`) and property tests.
///
/// Each seed draws who the hub employs (`PeopleMix`): from a few to over half NHS AMHPs agreeing
/// 1 to 8 shifts a month, council staff full- or part-time, night-only and no-nights staff, scarce or
/// plentiful coordinators, trainees with practice educators, sparse or dense leave, sickness and
/// requests, and one of three cover tables scaled by headcount and by how lean the hub is run.
/// TOIL and history are drawn at typical rates. Around that, each seed draws a shape (`HubShape`):
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

    /// Who this seed's hub employs and how busy their calendars are.
    var mix: PeopleMix { PeopleMix(amhpCount: amhpCount, seed: seed) }

    public func generate() -> Hub {
        var random = SeededGenerator(seed: seed)
        let shape = shape, mix = mix
        let amhps = people(mix, &random)
        let horizon = DateRange(spanning: firstMonth.firstDay, lastDay)
        return Hub(amhps: amhps, shiftTypes: Self.rotaShifts + (shape.duty.map { [$0] } ?? []), coverRules: cover(shape, mix),
                   absences: absences(amhps, horizon, mix, &random), requests: requests(amhps, horizon, mix, &random),
                   toil: toil(amhps, &random), history: history(amhps, &random), rules: rules(shape))
    }

    private var lastDay: LocalDate {
        var month = firstMonth
        for _ in 1..<months { month = month.next }
        return month.lastDay
    }

    private func people(_ mix: PeopleMix, _ random: inout SeededGenerator) -> [AMHP] {
        let approval = DateRange(spanning: firstMonth.firstDay.adding(days: -700), firstMonth.firstDay.adding(days: 1100))
        let trainees = min(mix.trainees, max(0, amhpCount - 2))
        let qualified = amhpCount - trainees
        let nightOnly = min(qualified, Int((Double(qualified) * mix.nightOnlyShare).rounded()))
        let nhs = min(qualified - nightOnly, Int((Double(qualified) * mix.nhsShare).rounded()))
        // Educators are council AMHPs who work days: the first after the night-only and NHS staff.
        let educators = min(trainees, qualified - nightOnly - nhs)
        var result: [AMHP] = []
        for index in 0..<qualified {
            let id = "A\(index + 1 < 10 ? "0" : "")\(index + 1)"
            let partTime = Double.random(in: 0..<1, using: &random) < mix.partTimeShare
            let fte = partTime ? (mix.partTimeFTEs.randomElement(using: &random) ?? 0.8) : 1.0
            let employment: Employment
            var nights = NightWorking.yes
            if index < nightOnly {
                employment = .localAuthority(fte: fte)
                nights = .only
            } else if index < nightOnly + nhs {
                employment = .nhs(trust: index % 2 == 0 ? "North Trust" : "South Trust",
                                  shiftsPerMonth: Double(Int.random(in: mix.nhsShifts, using: &random)))
            } else {
                employment = .localAuthority(fte: fte)
            }
            let educator = index >= nightOnly + nhs && index < nightOnly + nhs + educators
            if nights == .yes && !educator && Double.random(in: 0..<1, using: &random) < mix.noNightsShare { nights = .no }
            let coordinates = Double.random(in: 0..<1, using: &random) < mix.coordinatorShare
            let senior = coordinates && Double.random(in: 0..<1, using: &random) < 0.6
            result.append(AMHP(id: id, name: "AMHP \(id)", employment: employment,
                               profession: index % 5 == 4 ? .nurse : .socialWorker, grade: senior ? "Senior AMHP" : "AMHP",
                               approval: approval, canCoordinateDays: coordinates && nights != .only,
                               canCoordinateNights: senior && nights != .no,
                               nightWorking: nights, isPracticeEducator: educator))
        }
        for trainee in 0..<educators {
            let educator = result[nightOnly + nhs + trainee]
            result.append(AMHP(id: "T\(trainee + 1 < 10 ? "0" : "")\(trainee + 1)", name: "Trainee T\(trainee + 1)", employment: .localAuthority(fte: 0.4),
                               profession: .socialWorker, grade: "Trainee AMHP", approval: nil, canCoordinateDays: false,
                               canCoordinateNights: false, nightWorking: educator.nightWorking == .no ? .no : .yes, educatorID: educator.id))
        }
        return result
    }

    /// Cover for a hub of 40 from one of the mix's reference tables (minimum/target on weekdays and on
    /// other days), scaled by headcount and the mix's cover factor, never below 2, each row's maximum by
    /// the shape; then the duty rows, which are caps, not cover.
    private func cover(_ shape: HubShape, _ mix: PeopleMix) -> [CoverRule] {
        let scale = Double(amhpCount) / 40 * mix.coverFactor
        func scaled(_ value: Double) -> Int { min(99, max(2, Int((value * scale).rounded()))) }
        func row(_ dayType: DayType, _ code: String, _ minimum: Double, _ target: Double) -> CoverRule {
            let target = scaled(target)
            return CoverRule(dayType: dayType, shiftCode: code, minimum: min(scaled(minimum), target), target: target,
                             maximum: shape.maximum(dayType, code, target: target), coordinatorRequired: true)
        }
        let table = PeopleMix.coverTables[mix.coverTable]
        var rules: [CoverRule] = []
        for dayType in DayType.allCases {
            let weekday = dayType == .weekday
            for (code, weekdayCover, otherCover) in table {
                let cover = weekday ? weekdayCover : otherCover
                rules.append(row(dayType, code, cover.minimum, cover.target))
            }
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
    private func absences(_ amhps: [AMHP], _ horizon: DateRange, _ mix: PeopleMix, _ random: inout SeededGenerator) -> [Absence] {
        var result: [Absence] = []
        for amhp in amhps {
            for _ in 0..<months {
                let roll = Double.random(in: 0..<1, using: &random)
                let start = horizon.first.adding(days: Int.random(in: 0..<horizon.dayCount, using: &random))
                if roll < mix.leaveChance {
                    let end = min(start.adding(days: Int.random(in: 2...8, using: &random)), horizon.last)
                    result.append(Absence(amhpID: amhp.id, kind: .annual, dates: DateRange(spanning: start, end)))
                } else if roll < mix.leaveChance + mix.sicknessChance {
                    let end = min(start.adding(days: Int.random(in: 0...3, using: &random)), horizon.last)
                    result.append(Absence(amhpID: amhp.id, kind: .sickness, dates: DateRange(spanning: start, end)))
                } else if roll < mix.leaveChance + mix.sicknessChance + mix.trainingChance {
                    result.append(Absence(amhpID: amhp.id, kind: .training, dates: DateRange(spanning: start, start)))
                }
            }
        }
        return result
    }

    private func requests(_ amhps: [AMHP], _ horizon: DateRange, _ mix: PeopleMix, _ random: inout SeededGenerator) -> [ShiftRequest] {
        var result: [ShiftRequest] = []
        for amhp in amhps where !amhp.isTrainee {
            for _ in 0..<Int.random(in: 0...(mix.requestsPerMonth * months), using: &random) {
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
