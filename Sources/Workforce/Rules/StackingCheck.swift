/// Whether the weights make stacking pay: putting one more AMHP on a rota shift already at its
/// target, to use hours the rota does not need.
///
/// One more AMHP on a full shift can earn, at most: the hours it fills under contract (the longest
/// shift's hours × `contracted_hours_under`) or the NHS shift it fills (`nhs_shifts_under`); a fair
/// share moved by up to two shifts' worth in each category the shift is in (nights, weekends, bank
/// holidays, rota shifts: adding one shift to one person moves every share in the pool); and a
/// request to work it (`request_not_met` × the highest request weight). `cover_above_target` above
/// that sum means no rule makes stacking pay (docs/model.md, "Why each weight has its value").
public struct StackingCheck: Sendable, Equatable {
    /// The most one extra AMHP on a full shift can earn from the other soft rules.
    public let reward: Double
    /// What it costs: `cover_above_target`.
    public let cost: Double

    public init(weights: ObjectiveWeights, longestShiftHours: Double) {
        let hours = max(weights[.contractedHoursUnder] * longestShiftHours, weights[.nhsShiftsUnder])
        let fairness = [SoftRule.unfairNights, .unfairWeekends, .unfairBankHolidays, .unfairRotaShifts]
            .map { 2 * weights[$0] }.reduce(0, +)
        let request = weights[.requestNotMet] * Double(ShiftRequest.weights.upperBound)
        reward = hours + fairness + request
        cost = weights[.coverAboveTarget]
    }

    /// The check for a hub's weights and its longest rota shift.
    public init(hub: Hub) {
        let longest = hub.shiftTypes.filter { !$0.isDuty }.map(\.hours).max() ?? 0
        self.init(weights: hub.rules.weights, longestShiftHours: longest)
    }

    /// True when some rule can earn more from an extra AMHP on a full shift than it costs.
    public var stackingPays: Bool { cost <= reward }

    /// The warning a report prints when stacking pays, with the fix.
    public var warning: String? {
        guard stackingPays else { return nil }
        return "weights.cover_above_target (\(Self.number(cost))) is not above what one more AMHP on a full shift can earn "
            + "from the other weights (\(Self.number(reward))), so the rota may stack surplus hours onto shifts that are at target. "
            + "Set cover_above_target to more than \(Self.number(reward)) in rules.yaml."
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}
