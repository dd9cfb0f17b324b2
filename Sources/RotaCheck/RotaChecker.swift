import Workforce

/// The independent rota checker: re-verifies a rota against every rule of docs/model.md.
///
/// It shares no code with the model builder. Everything is computed from the rota itself with
/// clock arithmetic (rest from start and end minutes, runs by scanning dates), using only the
/// domain's own definitions (`MonthlyCommitment`, `FairnessCategory`, `HubCalendar`), so a solver
/// bug shows up as a disagreement instead of being repeated.
///
///     let report = RotaChecker(hub: hub, month: Month("2026-12")!).check(rota)
///     report.hardViolations.isEmpty   // legal
///     report.objective                // the same number the solver minimised
public struct RotaChecker: Sendable {
    public let hub: Hub
    public let month: Month

    public init(hub: Hub, month: Month) {
        self.hub = hub
        self.month = month
    }

    /// Checks every rule in docs/model.md.
    public func check(_ rota: Rota) -> CheckReport {
        let context = CheckContext(hub: hub, month: month, rota: rota)
        let hard = context.unreadableRows + hub.amhps.flatMap(context.personalHardViolations)
        let coverage = context.coverageLines()
        let soft = context.softViolations(coverage: coverage)
        var penalties: [String: Double] = [:]
        for (key, _) in ObjectiveWeights.keyPaths { penalties[key] = 0 }
        for violation in soft { penalties[violation.rule, default: 0] += violation.penalty }
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
        let ranks = Dictionary(uniqueKeysWithValues: HardRule.allCases.map { ($0.rawValue, $0.rank) })
        let people = Dictionary(hub.amhps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return violations.enumerated().sorted { left, right in
            let leftKey = (ranks[left.element.rule] ?? Int.max, left.element.date?.dayNumber ?? Int.min,
                           left.element.amhpID.flatMap { people[$0] } ?? Int.max, left.offset)
            let rightKey = (ranks[right.element.rule] ?? Int.max, right.element.date?.dayNumber ?? Int.min,
                            right.element.amhpID.flatMap { people[$0] } ?? Int.max, right.offset)
            return leftKey < rightKey
        }.map(\.element)
    }
}

extension CheckContext {
    /// Every hard rule about one AMHP, in the order of docs/model.md.
    func personalHardViolations(of amhp: AMHP) -> [Violation] {
        let rules: [[Violation]] = [
            warrantInForce(amhp),
            noShiftDuringAbsence(amhp),
            nightWorkingRespected(amhp),
            atMostOneShiftPerDay(amhp),
            dailyRest(amhp),
            consecutiveNights(amhp),
            consecutiveWorkingDays(amhp),
            weeklyRest(amhp),
            traineeWithEducator(amhp),
            average48HourWeek(amhp),
            nightWorkerHours(amhp),
            coordinatorEligible(amhp),
        ]
        return rules.flatMap { $0 }
    }

    /// Every soft rule, in the priority order of docs/model.md; each rule's items are in date or hub order.
    func softViolations(coverage: [CoverageLine]) -> [Violation] {
        let people = hub.amhps
        let rules: [[Violation]] = [
            coverBelowMinimum(coverage),
            missingCoordinator(coverage),
            coverBelowTarget(coverage),
            people.flatMap(nhsShiftsUnder),
            people.flatMap(nhsShiftsOver),
            people.flatMap(contractedHoursOver),
            people.flatMap(contractedHoursUnder),
            people.flatMap(toilNotPlanned),
            unfairShares(.nights),
            unfairShares(.weekends),
            unfairShares(.bankHolidays),
            people.flatMap(festiveAgain),
            people.flatMap(requestsNotMet),
            coverAboveTarget(coverage),
        ]
        return rules.flatMap { $0 }
    }
}
