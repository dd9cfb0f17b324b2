import LinearProgramming
import Workforce

/// Builds the rota MIP from a hub and a month.
///
/// The rules, hard first, then soft in priority order (docs/model.md explains each):
///
/// Hard
/// 1. eligibility: no variable exists where the warrant, leave or night working forbid a shift
/// 2. one shift per day
/// 3. daily rest (WTR reg. 10), from shift times, carry-in included
/// 4. maximum consecutive nights and working days
/// 5. weekly rest day in every window (WTR reg. 11)
/// 6. trainee only with their practice educator
/// 7. 48-hour average week and night-worker hours (WTR regs. 4 and 6)
///
/// Soft
/// 1. cover below minimum; 2. missing coordinator; 3. cover below target
/// 4. NHS shifts under/over; 5. LA contracted hours over/under; 6. TOIL not planned back
/// 7. fair shares of nights, weekends, bank holidays; festive days again
/// 8. requests not met; 9. cover above target
public enum RotaModelBuilder {
    public static func build(_ instance: RotaInstance) -> RotaModel {
        var model = RotaModel(instance: instance)
        let weights = instance.hub.rules.weights

        model.addAssignmentVariables()
        model.addOneShiftPerDay()
        model.addDailyRest()
        model.addMaximumConsecutiveNights()
        model.addMaximumConsecutiveWorkingDays()
        model.addWeeklyRest()
        model.addTraineeWithEducator()
        model.addWorkingTimeLimits()

        model.addCover(weights: weights)
        model.addCoordinatorCover(weight: weights.missingCoordinator)
        model.addNHSCommitments(weights: weights)
        model.addContractedHoursAndTOIL(weights: weights)
        model.addFairShares(weights: weights)
        model.addFestiveAgain(weight: weights.festiveAgain)
        model.addRequests(weight: weights.requestNotMet)
        return model
    }
}
