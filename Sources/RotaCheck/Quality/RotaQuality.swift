import Workforce

/// Whether a rota is one a team manager would sign, at a glance: shifts over target, the most
/// people on one shift, where the hours the rota does not need went, who has no rota shift and why,
/// and the month's enhancement cost. Every figure comes from the checker's coverage and person
/// summaries, so it agrees with `coverage.csv` and `summary.csv`.
public struct RotaQuality: Sendable, Equatable {
    /// A rota shift with more AMHPs counting towards cover than its target.
    public struct OverTarget: Sendable, Equatable {
        public let date: LocalDate
        public let shiftCode: String
        public let assigned: Int
        public let target: Int
        public let maximum: Int
        public var excess: Int { assigned - target }
    }

    /// The shift with the most AMHPs counting towards cover (the first in date order on a tie); nil
    /// when nobody is on any rota shift.
    public struct Busiest: Sendable, Equatable {
        public let date: LocalDate
        public let shiftCode: String
        public let assigned: Int
        public let target: Int
    }

    /// Hours LA AMHPs are contracted for that the rota's shifts do not use, and where they went.
    public struct SurplusHours: Sendable, Equatable {
        /// Σ over LA AMHPs of max(0, contracted − TOIL planned back − hours on rota shifts).
        public let total: Double
        /// Hours on duty shifts.
        public let onDuty: Double
        /// Hours on rota shifts above their target: Σ excess × shift hours.
        public let aboveTarget: Double
        /// Σ over LA AMHPs of max(0, contracted − TOIL planned back − all rostered hours): left unplanned.
        public let unplanned: Double
        /// Σ over LA AMHPs of max(0, rostered − contracted): hours over contract.
        public let overContract: Double
    }

    /// One employer's share of the enhancement: `LA`, or an NHS trust's name.
    public struct EmployerCost: Sendable, Equatable {
        public let employer: String
        public let pounds: Double
    }

    /// Someone with no rota shift in the month, and why.
    public struct Idle: Sendable, Equatable {
        public let amhpID: String
        public let name: String
        public let reason: String
    }

    public let month: Month
    public let shiftsOverTarget: [OverTarget]
    /// Shifts above their maximum; a rota the checker passes has none.
    public let shiftsOverMaximum: Int
    public let busiest: Busiest?
    public let surplus: SurplusHours
    public let idle: [Idle]
    /// The month's enhancement for unsocial hours, in pounds, in all and by employer in hub order
    /// (`LA`, trust names); the same sum as `summary.csv`'s `enhancement` column.
    public let enhancementCost: Double
    public let enhancementByEmployer: [EmployerCost]
    /// Set when the hub's weights let stacking pay (`StackingCheck`), with the fix.
    public let weightWarning: String?

    /// AMHPs above target, summed over shifts.
    public var peopleOverTarget: Int { shiftsOverTarget.map(\.excess).reduce(0, +) }

    public init(report: CheckReport, hub: Hub) {
        month = report.month
        let rota = report.rotaCoverage
        shiftsOverTarget = rota.filter { $0.assigned > $0.target }.map {
            OverTarget(date: $0.date, shiftCode: $0.shiftCode, assigned: $0.assigned, target: $0.target, maximum: $0.maximum)
        }
        shiftsOverMaximum = report.coverage.filter { $0.assigned > $0.maximum }.count
        busiest = rota.reduce(nil as CoverageLine?) { best, line in
            line.assigned > (best?.assigned ?? 0) ? line : best
        }.map { Busiest(date: $0.date, shiftCode: $0.shiftCode, assigned: $0.assigned, target: $0.target) }
        let hours = Dictionary(hub.shiftTypes.map { ($0.code, $0.hours) }, uniquingKeysWith: { first, _ in first })
        let aboveTarget = shiftsOverTarget.map { Double($0.excess) * (hours[$0.shiftCode] ?? 0) }.reduce(0, +)
        var total = 0.0, unplanned = 0.0, over = 0.0, duty = 0.0
        for person in report.people {
            duty += person.dutyHours
            guard let contracted = person.contractedHours else { continue }
            let owed = contracted - person.toilPlannedHours
            total += max(0, owed - (person.rosteredHours - person.dutyHours))
            unplanned += max(0, owed - person.rosteredHours)
            over += max(0, person.rosteredHours - contracted)
        }
        surplus = SurplusHours(total: total, onDuty: duty, aboveTarget: aboveTarget, unplanned: unplanned, overContract: over)
        idle = report.people.filter { $0.rotaShifts == 0 }.compactMap { person in
            guard let amhp = hub.amhp(person.amhpID) else { return nil }
            return Idle(amhpID: amhp.id, name: amhp.name, reason: Self.reason(amhp, person))
        }
        var employers: [String] = [], pounds: [String: Double] = [:]
        for person in report.people {
            guard let amhp = hub.amhp(person.amhpID) else { continue }
            let employer = amhp.employment.employerName
            if pounds[employer] == nil { employers.append(employer) }
            pounds[employer, default: 0] += person.enhancement
        }
        enhancementByEmployer = employers.map { EmployerCost(employer: $0, pounds: pounds[$0] ?? 0) }
        enhancementCost = report.people.map(\.enhancement).reduce(0, +)
        weightWarning = StackingCheck(hub: hub).warning
    }

    /// Why someone has no rota shift, most telling reason first.
    private static func reason(_ amhp: AMHP, _ person: PersonSummary) -> String {
        guard person.availableDays > 0 else {
            return "not available on any day of the month (leave, absence, suspension or no warrant in force)"
        }
        if amhp.isTrainee { return "a trainee, who works only alongside their practice educator" }
        if case .nhs(_, let perMonth) = amhp.employment, perMonth == 0 { return "an NHS AMHP with no agreed shifts" }
        if person.dutyShifts > 0 {
            return "on duty for all \(person.dutyShifts) of their shifts: the rota's shifts were filled by others (see unfair_rota_shifts)"
        }
        return "available on \(person.availableDays) days but given no shift: the rota did not need them"
    }
}
