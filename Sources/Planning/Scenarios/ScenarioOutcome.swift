import LinearProgramming
import Rostering
import RotaCheck
import Workforce

/// What the rota model made of one hub (the baseline or a scenario) for the month.
public struct ScenarioOutcome: Sendable {
    public let name: String
    public let notes: [String]
    public let hub: Hub
    public let solution: RotaSolution
    public let report: CheckReport
    public let measures: ScenarioMeasures
    /// Each seed's objective, in the order the seeds ran; the rota kept is the best of them.
    public let seedObjectives: [Double]
    /// The best proven lower bound of any seed's solve (every one is a bound on the same optimum).
    public let bound: Double?
}

/// The numbers compared side by side, each from the independent checker's report of the rota.
public struct ScenarioMeasures: Hashable, Sendable {
    /// AMHPs who count towards cover and can be rostered on some day of the month.
    public let amhps: Int
    /// Their contracts and agreements in rota FTE, for the share of the month they are approved.
    public let rotaFTE: Double
    /// Shifts below their minimum cover, and the AMHPs missing from them in all.
    public let shiftsBelowMinimum: Int
    public let amhpsShort: Int
    public let shiftsBelowTarget: Int
    /// Shifts that need a coordinator and have nobody who can coordinate them.
    public let coordinatorGaps: Int
    /// Shifts away from fair shares, summed over nights, weekends and bank holidays.
    public let shiftsAwayFromFairShares: Double
    /// The most nights any one AMHP works in the month.
    public let mostNightsForOneAMHP: Int
    public let rosteredHours: Double
    /// LA AMHPs' hours rostered above and below their contracted hours, summed.
    public let laHoursOverContract: Double
    public let laHoursUnderContract: Double
    /// NHS AMHPs' shifts below their agreements, summed.
    public let nhsShiftsUnderAgreement: Double
    public let objective: Double
    public let hardViolations: Int

    public init(hub: Hub, month: Month, report: CheckReport, basis: RotaFTEBasis) {
        let counting = hub.amhps.filter { amhp in amhp.countsTowardsCover && month.dates.contains(where: amhp.isApproved) }
        amhps = counting.count
        rotaFTE = WorkforceFTE.of(hub, month: month, basis: basis).reduce(0) { $0 + $1.effectiveFTE }
        shiftsBelowMinimum = report.coverage.filter { $0.shortfall > 0 }.count
        amhpsShort = report.coverage.reduce(0) { $0 + $1.shortfall }
        shiftsBelowTarget = report.coverage.filter { $0.assigned < $0.target }.count
        coordinatorGaps = report.coverage.filter { $0.coordinatorRequired && !$0.coordinatorPresent }.count
        let weights = hub.rules.weights
        shiftsAwayFromFairShares = FairnessCategory.allCases.map(\.softRule).reduce(0) { total, rule in
            weights[rule] > 0 ? total + (report.penalties[rule] ?? 0) / weights[rule] : total
        }
        mostNightsForOneAMHP = report.people.map(\.nights).max() ?? 0
        rosteredHours = report.people.reduce(0) { $0 + $1.rosteredHours }
        laHoursOverContract = report.people.reduce(0) { $0 + max(0, $1.rosteredHours - ($1.contractedHours ?? $1.rosteredHours)) }
        laHoursUnderContract = report.people.reduce(0) { $0 + max(0, ($1.contractedHours ?? $1.rosteredHours) - $1.rosteredHours) }
        nhsShiftsUnderAgreement = report.people.reduce(0) { $0 + max(0, ($1.committedShifts ?? 0) - Double($1.shifts)) }
        objective = report.objective
        hardViolations = report.hardViolations.count
    }

    /// Each measure with its name, in the order the side-by-side table shows them; `lowerIsBetter`
    /// says which way a change is good (nil where it is neither).
    public var rows: [(name: String, value: Double, decimals: Int, lowerIsBetter: Bool?)] {
        [
            ("AMHPs on the rota", Double(amhps), 0, nil),
            ("rota FTE", rotaFTE, 1, nil),
            ("shifts below minimum", Double(shiftsBelowMinimum), 0, true),
            ("AMHPs short in all", Double(amhpsShort), 0, true),
            ("shifts below target", Double(shiftsBelowTarget), 0, true),
            ("coordinator gaps", Double(coordinatorGaps), 0, true),
            ("shifts away from fair shares", shiftsAwayFromFairShares, 1, true),
            ("most nights for one AMHP", Double(mostNightsForOneAMHP), 0, true),
            ("hours rostered", rosteredHours, 0, nil),
            ("LA hours over contract", laHoursOverContract, 1, true),
            ("LA hours under contract", laHoursUnderContract, 1, nil),
            ("NHS shifts under agreement", nhsShiftsUnderAgreement, 1, true),
            ("objective", objective, 0, true),
            ("hard-rule violations", Double(hardViolations), 0, true),
        ]
    }
}
