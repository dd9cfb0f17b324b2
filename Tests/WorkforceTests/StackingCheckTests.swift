import Testing
@testable import Workforce

/// Whether the weights make stacking pay: one more AMHP on a rota shift at its target can earn at
/// most max(contracted_hours_under × longest shift, nhs_shifts_under) + 2 × each fairness weight +
/// request_not_met × 10 from the other rules; cover_above_target must cost more.
@Suite struct StackingCheckTests {
    static let day = ShiftType(code: "D", name: "Day", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020), isNight: false)
    static let night = ShiftType(code: "N", name: "Night", start: ClockTime(wrappingMinutes: 1260), end: ClockTime(wrappingMinutes: 540), isNight: true)
    /// Longer than any rota shift, but duty is not stacking: it must not set the yardstick.
    static let duty = ShiftType(code: "DT", name: "Duty", start: ClockTime(wrappingMinutes: 420), end: ClockTime(wrappingMinutes: 1260),
                                isNight: false, kind: .duty)

    /// docs/model.md's arithmetic: max(10 × 12, 150) + 2 × (25 + 20 + 40 + 10) + 15 × 10 = 150 + 190 + 150 = 490.
    @Test func theDefaultsDoNotPay() {
        let check = StackingCheck(weights: ObjectiveWeights(), longestShiftHours: 12)
        #expect(check.reward == 490 && check.cost == 500)
        #expect(!check.stackingPays && check.warning == nil)
    }

    /// Before issue 20: cover_above_target 5 against 10 an hour under contract.
    @Test func theOldWeightsPay() {
        var weights = ObjectiveWeights()
        weights[.coverAboveTarget] = 5
        let check = StackingCheck(weights: weights, longestShiftHours: 8)
        #expect(check.reward == 150 + 190 + 150)
        #expect(check.stackingPays)
    }

    /// Long shifts make hours under contract the largest reward: 10 × 16 = 160 > 150.
    @Test func theLongestShiftSetsTheHoursReward() {
        let check = StackingCheck(weights: ObjectiveWeights(), longestShiftHours: 16)
        #expect(check.reward == 160 + 190 + 150 && check.stackingPays)
    }

    @Test func aHubsCheckUsesItsLongestRotaShiftNotDuty() {
        let hub = Hub(amhps: [], shiftTypes: [Self.day, Self.night, Self.duty], coverRules: [])
        #expect(StackingCheck(hub: hub) == StackingCheck(weights: ObjectiveWeights(), longestShiftHours: 12))
    }

    @Test func theWarningNamesTheKeyTheFileAndTheFix() throws {
        var weights = ObjectiveWeights()
        weights[.coverAboveTarget] = 5
        weights[.unsocialHoursCost] = 0.05
        let warning = try #require(StackingCheck(weights: weights, longestShiftHours: 12).warning)
        #expect(warning == "weights.cover_above_target (5) is not above what one more AMHP on a full shift can earn from the other weights (490), "
            + "so the rota may stack surplus hours onto shifts that are at target. Set cover_above_target to more than 490 in rules.yaml.")
    }

    /// A tie pays too: the check asks for strictly more, and prints fractions to two places.
    @Test func aTieIsStillAWarning() throws {
        var weights = ObjectiveWeights()
        weights[.coverAboveTarget] = 490
        #expect(StackingCheck(weights: weights, longestShiftHours: 12).stackingPays)
        weights[.requestNotMet] = 15.125
        weights[.coverAboveTarget] = 1
        let warning = try #require(StackingCheck(weights: weights, longestShiftHours: 12).warning)
        #expect(warning.contains("(491.25)"))
    }
}
