import Workforce

/// The independent rota checker: re-verifies a rota against every rule of docs/model.md.
///
/// It shares no code with the model builder. Everything is computed from the rota itself with
/// clock arithmetic (rest from start and end minutes, runs by scanning dates), using only the
/// domain's own definitions (`MonthlyCommitment`, `FairnessCategory`, `HubCalendar`), so a solver
/// bug shows up as a disagreement instead of being repeated.
///
///     let report = RotaChecker(hub: hub, month: month).check(rota)
///     report.hardViolations.isEmpty   // legal
///     report.objective                // the same number the solver minimised
public struct RotaChecker: Sendable {
    public let hub: Hub
    public let month: Month
    /// The rota a re-plan started from: given, `changed_cell` counts the cells that differ from it.
    public let baseline: RotaBaseline?

    public init(hub: Hub, month: Month, baseline: RotaBaseline? = nil) {
        self.hub = hub
        self.month = month
        self.baseline = baseline
    }

    /// Checks every rule in docs/model.md.
    public func check(_ rota: Rota) -> CheckReport {
        let context = CheckContext(hub: hub, month: month, rota: rota, baseline: baseline)
        let coverage = context.coverageLines()
        let hard = context.unreadableRows + hub.amhps.flatMap(context.personalHardViolations) + context.shiftsOverMaximum(coverage)
        let soft = SoftRule.allCases.flatMap { context.violations(of: $0, coverage: coverage) }
        var penalties = Dictionary(uniqueKeysWithValues: SoftRule.allCases.map { ($0, 0.0) })
        for violation in soft { if let rule = violation.softRule { penalties[rule, default: 0] += violation.penalty } }
        return CheckReport(month: month, violations: ordered(hard) + soft, penalties: penalties,
                           coverage: coverage, people: context.personSummaries())
    }

    /// Hard-rule violations that concern one AMHP only (eligibility, one shift a day, rest, sequences,
    /// weekly rest, trainee, working time, coordinator eligibility): used to explain why someone
    /// could not fill a short shift.
    public func personalHardViolations(_ rota: Rota, amhpID: String) -> [Violation] {
        guard let amhp = hub.amhp(amhpID) else { return [] }
        let context = CheckContext(hub: hub, month: month, rota: rota)
        return ordered(context.personalHardViolations(of: amhp))
    }

    /// Hard violations by rule (the table's order), then date, then AMHP in hub order.
    private func ordered(_ violations: [Violation]) -> [Violation] {
        let ranks = Dictionary(uniqueKeysWithValues: HardRule.allCases.enumerated().map { ($1, $0) })
        let people = Dictionary(hub.amhps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return violations.enumerated().sorted { left, right in
            let leftKey = (left.element.hardRule.flatMap { ranks[$0] } ?? Int.max, left.element.date?.dayNumber ?? Int.min,
                           left.element.amhpID.flatMap { people[$0] } ?? Int.max, left.offset)
            let rightKey = (right.element.hardRule.flatMap { ranks[$0] } ?? Int.max, right.element.date?.dayNumber ?? Int.min,
                            right.element.amhpID.flatMap { people[$0] } ?? Int.max, right.offset)
            return leftKey < rightKey
        }.map(\.element)
    }
}

extension CheckContext {
    /// Every hard rule about one AMHP, in the order of docs/model.md.
    func personalHardViolations(of amhp: AMHP) -> [Violation] {
        HardRule.allCases.flatMap { violations(of: $0, amhp: amhp) }
    }

    /// One hard rule's breaches by one AMHP; every rule is named here, so none can be left unchecked.
    func violations(of rule: HardRule, amhp: AMHP) -> [Violation] {
        switch rule {
        // Rows that name no AMHP, shift or date of the month: `unreadableRows`, for the whole rota.
        case .unknownAMHP, .unknownShift, .dateOutsideMonth: []
        case .approval: warrantInForce(amhp)
        case .absence: noShiftDuringAbsence(amhp)
        case .nights: nightWorkingRespected(amhp)
        case .duty: dutyOnlyForLA(amhp)
        case .oneShiftPerDay: atMostOneShiftPerDay(amhp)
        // A rule of each shift, not of one AMHP: `shiftsOverMaximum`, over the coverage.
        case .coverMaximum: []
        case .dailyRest: dailyRest(amhp)
        case .consecutiveNights: consecutiveNights(amhp)
        case .consecutiveWorkingDays: consecutiveWorkingDays(amhp)
        case .weeklyRest: weeklyRest(amhp)
        case .traineeWithEducator: traineeWithEducator(amhp)
        case .average48HourWeek: average48HourWeek(amhp)
        case .nightWorkerHours: nightWorkerHours(amhp)
        case .coordinatorEligible: coordinatorEligible(amhp)
        }
    }

    /// One soft rule's breaches, each item in date or hub order; every rule is named here.
    func violations(of rule: SoftRule, coverage: [CoverageLine]) -> [Violation] {
        let people = hub.amhps
        switch rule {
        case .coverBelowMinimum: return coverBelowMinimum(coverage)
        case .missingCoordinator: return missingCoordinator(coverage)
        case .coverBelowTarget: return coverBelowTarget(coverage)
        case .coverAboveTarget: return coverAboveTarget(coverage)
        case .changedCell: return people.flatMap(changedCells)
        case .nhsShiftsUnder: return people.flatMap(nhsShiftsUnder)
        case .nhsShiftsOver: return people.flatMap(nhsShiftsOver)
        case .contractedHoursOver: return people.flatMap(contractedHoursOver)
        case .contractedHoursUnder: return people.flatMap(contractedHoursUnder)
        case .toilNotPlanned: return people.flatMap(toilNotPlanned)
        case .unfairNights: return unfairShares(.nights)
        case .unfairWeekends: return unfairShares(.weekends)
        case .unfairBankHolidays: return unfairShares(.bankHolidays)
        case .unfairRotaShifts: return unfairShares(.rotaShifts)
        case .festiveAgain: return people.flatMap(festiveAgain)
        case .requestNotMet: return people.flatMap(requestsNotMet)
        case .unsocialHoursCost: return people.flatMap(unsocialHoursCost)
        }
    }
}
