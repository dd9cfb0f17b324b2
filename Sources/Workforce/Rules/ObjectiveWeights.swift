/// The price of each soft rule, in the priority order the rota model honours them.
///
/// Penalties scale with the size of the breach (per AMHP short, per hour, per shift), so a large
/// breach always costs more than a small one of the same rule.
public struct ObjectiveWeights: Hashable, Sendable {
    /// Per AMHP below a shift's minimum cover: the sufficiency gap.
    public var coverBelowMinimum: Double = 10_000
    /// Per shift that needs a coordinator and has none.
    public var missingCoordinator: Double = 3_000
    /// Per AMHP below a shift's target cover (contingency, Service Standard 2.3).
    public var coverBelowTarget: Double = 200
    /// Per shift an NHS AMHP is rostered below their agreed shifts (pro rata for leave).
    public var nhsShiftsUnder: Double = 150
    /// Per shift an NHS AMHP is rostered above their agreed shifts (their trust needs them too).
    public var nhsShiftsOver: Double = 120
    /// Per hour an LA AMHP is rostered below contracted hours (less leave and TOIL planned back).
    public var contractedHoursUnder: Double = 10
    /// Per hour an LA AMHP is rostered above contracted hours (it becomes overtime or TOIL).
    public var contractedHoursOver: Double = 30
    /// Per hour of TOIL due back this month that the rota does not plan back.
    public var toilNotPlanned: Double = 12
    /// Per night away from the AMHP's fair share (pro rata to FTE, with history).
    public var unfairNights: Double = 25
    /// Per weekend shift away from the fair share.
    public var unfairWeekends: Double = 20
    /// Per bank-holiday shift away from the fair share.
    public var unfairBankHolidays: Double = 40
    /// Per Christmas Day, Boxing Day or New Year's Day shift for someone who worked one last year.
    public var festiveAgain: Double = 150
    /// Multiplies each request's own weight (1 to 10) when it is not met.
    public var requestNotMet: Double = 15
    /// Per AMHP above a shift's target cover.
    public var coverAboveTarget: Double = 5

    public init() {}

    // Key paths are immutable values; the array is never mutated.
    /// Every weight with the key the rules file uses, in priority order.
    nonisolated(unsafe) public static let keyPaths: [(key: String, path: WritableKeyPath<ObjectiveWeights, Double>)] = [
        ("cover_below_minimum", \.coverBelowMinimum),
        ("missing_coordinator", \.missingCoordinator),
        ("cover_below_target", \.coverBelowTarget),
        ("nhs_shifts_under", \.nhsShiftsUnder),
        ("nhs_shifts_over", \.nhsShiftsOver),
        ("contracted_hours_over", \.contractedHoursOver),
        ("contracted_hours_under", \.contractedHoursUnder),
        ("toil_not_planned", \.toilNotPlanned),
        ("unfair_nights", \.unfairNights),
        ("unfair_weekends", \.unfairWeekends),
        ("unfair_bank_holidays", \.unfairBankHolidays),
        ("festive_again", \.festiveAgain),
        ("request_not_met", \.requestNotMet),
        ("cover_above_target", \.coverAboveTarget),
    ]
}
