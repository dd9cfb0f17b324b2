import Workforce

/// What varies between generated hubs besides their people, so that solver results are not tuned
/// to one shape: a weekday duty shift or none, its daily caps (none on some kinds of day), maxima
/// written in `cover.csv` or left to the default, where surplus hours go, and the pay for
/// unsocial hours.
///
/// The shape is drawn from its own stream of the hub's seed, so a seed's people, leave, requests,
/// TOIL and history are the same whatever its shape, and the same seed always gives the same shape.
struct HubShape: Sendable, Equatable {
    /// The duty shift, or nil for a hub whose surplus hours go unplanned.
    let duty: ShiftType?
    /// The most people on duty on each kind of day that has a duty row (0 is a row saying none);
    /// a kind of day left out has no row, so no duty.
    let dutyCaps: [DayType: Int]
    /// AMHPs above the target each rota row may have (`day_type/shift`), or nil to leave every
    /// maximum to the default (the target plus one).
    let maximumSlack: [String: Int]?
    /// As `hub.surplus_hours` would be written: nil half the time, to follow shifts.csv.
    let surplusHours: SurplusHours?
    let unsocialHours: UnsocialHoursTerms

    /// Mixes the seed so the shape's stream is not the people's.
    private static let streamKey: UInt64 = 0x5348_4150_4553_2020

    init(amhpCount: Int, seed: UInt64, rotaShiftCodes: [String]) {
        var random = SeededGenerator(seed: seed ^ Self.streamKey)
        let hasDuty = Bool.random(using: &random)
        duty = hasDuty ? Self.dutyShift(&random) : nil
        dutyCaps = hasDuty ? Self.caps(amhpCount: amhpCount, &random) : [:]
        maximumSlack = Bool.random(using: &random) ? nil : Self.slack(rotaShiftCodes, &random)
        surplusHours = Bool.random(using: &random) ? nil : (hasDuty ? .duty : .unplanned)
        unsocialHours = Self.terms(&random)
    }

    /// The maximum for a rota row with this target, or nil for the default.
    func maximum(_ dayType: DayType, _ shiftCode: String, target: Int) -> Int? {
        maximumSlack.map { min(99, target + ($0["\(dayType.rawValue)/\(shiftCode)"] ?? 1)) }
    }

    /// A weekday duty day: the demo hub's 09:00 to 17:00, a standard 7.4-hour day, or earlier or later.
    private static func dutyShift(_ random: inout SeededGenerator) -> ShiftType {
        let (start, end) = [(540, 1020), (540, 984), (510, 990), (600, 1080)].randomElement(using: &random) ?? (540, 1020)
        return ShiftType(code: "DT", name: "Weekday duty", start: ClockTime(wrappingMinutes: start),
                         end: ClockTime(wrappingMinutes: end), isNight: false, kind: .duty)
    }

    /// Weekdays always have duty, for one to a quarter of the hub; weekends and bank holidays
    /// sometimes a few, sometimes a row of 0, mostly no row at all.
    private static func caps(amhpCount: Int, _ random: inout SeededGenerator) -> [DayType: Int] {
        var caps: [DayType: Int] = [.weekday: min(99, Int.random(in: 1...max(2, amhpCount / 4), using: &random))]
        for dayType in [DayType.saturday, .sunday, .bankHoliday] {
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < 0.25 {
                caps[dayType] = min(99, Int.random(in: 1...max(1, amhpCount / 10), using: &random))
            } else if roll < 0.4 {
                caps[dayType] = 0
            }
        }
        return caps
    }

    /// Slack above the target for each row: none (a maximum equal to the target), one, or a few.
    private static func slack(_ codes: [String], _ random: inout SeededGenerator) -> [String: Int] {
        var slack: [String: Int] = [:]
        for dayType in DayType.allCases {
            for code in codes { slack["\(dayType.rawValue)/\(code)"] = [0, 1, 1, 2, 3].randomElement(using: &random) ?? 1 }
        }
        return slack
    }

    /// The national defaults, or rates and pay a council might have agreed locally, and now and
    /// then an employer whose enhancements are not costed (pay 0).
    private static func terms(_ random: inout SeededGenerator) -> UnsocialHoursTerms {
        var terms = UnsocialHoursTerms()
        let (start, end) = [(1200, 360), (1200, 360), (1320, 360), (1140, 420), (0, 360)].randomElement(using: &random) ?? (1200, 360)
        terms.nightStart = ClockTime(wrappingMinutes: start)
        terms.nightEnd = ClockTime(wrappingMinutes: end)
        terms.localAuthority = rates(from: .njc, &random)
        terms.nhs = rates(from: .agendaForChange, &random)
        return terms
    }

    private static func rates(from base: EnhancementRates, _ random: inout SeededGenerator) -> EnhancementRates {
        let roll = Double.random(in: 0..<1, using: &random)
        var rates = base
        if roll < 0.4 { return base }
        if roll < 0.5 {
            rates.hourlyPay = 0
            return rates
        }
        // Whole pence, so the rates file round-trips exactly.
        rates.hourlyPay = (base.hourlyPay * Double.random(in: 0.8...1.25, using: &random) * 100).rounded() / 100
        rates.night = [0.25, 0.3, 1.0 / 3, 0.5].randomElement(using: &random) ?? base.night
        rates.saturday = [0.25, 0.3, 0.5, 1.0].randomElement(using: &random) ?? base.saturday
        rates.sunday = [0.5, 0.6, 1.0, 1.5].randomElement(using: &random) ?? base.sunday
        rates.bankHoliday = [0.6, 1.0, 1.5, 2.0].randomElement(using: &random) ?? base.bankHoliday
        return rates
    }
}
