import LinearProgramming
import Workforce

// How the rostering side enforces each rule of the vocabulary, in one place: the MIP's rows and
// penalties, and the greedy start's incremental test. The switches name every case, so a new rule
// does not compile until both say how they keep it; the rule families' files hold the code.

extension RotaModel {
    /// Adds the rows that keep one hard rule.
    mutating func enforce(_ rule: HardRule) {
        switch rule {
        // The model writes only its own AMHPs, shifts and dates.
        case .unknownAMHP, .unknownShift, .dateOutsideMonth: break
        // No variable exists where these forbid a shift (`addAssignmentVariables`).
        case .approval, .absence, .nights, .duty: break
        case .oneShiftPerDay: addOneShiftPerDay()
        case .coverMaximum: addCoverMaximum()
        case .dailyRest: addDailyRest()
        case .consecutiveNights: addMaximumConsecutiveNights()
        case .consecutiveWorkingDays: addMaximumConsecutiveWorkingDays()
        case .weeklyRest: addWeeklyRest()
        case .traineeWithEducator: addTraineeWithEducator()
        // One pass over each AMHP's hours adds both caps.
        case .average48HourWeek: addWorkingTimeLimits()
        case .nightWorkerHours: break
        // Coordinators are marked after solving, only among those who can (`CoordinatorChoice`).
        case .coordinatorEligible: break
        }
    }

    /// Adds one soft rule's penalty to the objective.
    mutating func price(_ rule: SoftRule) {
        switch rule {
        // One target row per rota shift prices all three cover rules.
        case .coverBelowMinimum: addCover()
        case .coverBelowTarget, .coverAboveTarget: break
        case .missingCoordinator: addCoordinatorCover()
        case .changedCell: addChangedCells()
        // One commitment row per NHS AMHP prices both directions.
        case .nhsShiftsUnder: addNHSCommitments()
        case .nhsShiftsOver: break
        // One contract row per LA AMHP prices hours both ways and TOIL planned back.
        case .contractedHoursOver: addContractedHoursAndTOIL()
        case .contractedHoursUnder, .toilNotPlanned: break
        case .unfairNights: addFairShare(.nights)
        case .unfairWeekends: addFairShare(.weekends)
        case .unfairBankHolidays: addFairShare(.bankHolidays)
        case .unfairRotaShifts: addFairShare(.rotaShifts)
        case .festiveAgain: addFestiveAgain()
        case .requestNotMet: addRequests()
        case .unsocialHoursCost: addUnsocialHoursCost()
        }
    }
}

extension PartialRota {
    /// Whether AMHP `a` can take shift `s` on day `d` while keeping one hard rule.
    func keeps(_ rule: HardRule, _ a: Int, _ d: Int, _ s: Int) -> Bool {
        switch rule {
        // The greedy start places only the hub's AMHPs and shifts, on days of the month.
        case .unknownAMHP, .unknownShift: true
        case .dateOutsideMonth: d >= 0 && d < instance.dayCount
        case .approval: instance.isApproved(a, day: d)
        case .absence: !instance.isAbsent(a, day: d)
        case .nights: instance.amhps[a].mayWork(night: instance.shifts[s].isNight)
        case .duty: instance.mayWorkKind(a, shift: s)
        case .oneShiftPerDay: shiftOn(a, d) == nil
        case .coverMaximum: belowMaximum(a, d, s)
        case .dailyRest: dailyRestHolds(a, d, s)
        case .consecutiveNights: consecutiveNightsHold(a, d, s)
        case .consecutiveWorkingDays: consecutiveWorkingDaysHold(a, d, s)
        case .weeklyRest: weeklyRestHolds(a, d, s)
        case .traineeWithEducator: educatorPresent(a, d, s)
        case .average48HourWeek: withinCap(instance.averageWeekCap(a), a, s)
        case .nightWorkerHours: nightWorkerHoursHold(a, s)
        // Coordinators are marked afterwards, only among those who can.
        case .coordinatorEligible: true
        }
    }
}
