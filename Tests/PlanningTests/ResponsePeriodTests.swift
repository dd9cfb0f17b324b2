import Foundation
import Testing
import Workforce
@testable import Planning

/// Response by part of the week, a minimum of its own for nights and out of hours, and the
/// assumptions a lead may move for one run.
@Suite(.serialized) struct ResponsePeriodTests {
    @Test func thePeriodsSplitTheWeek() {
        #expect(ResponsePeriod.officeHours.hours.count == 5 * 8)
        #expect(ResponsePeriod.outOfHours.hours.count == 168 - 40)
        #expect(ResponsePeriod.night.hours.count == 7 * 12)
        #expect(Set(ResponsePeriod.officeHours.hours).isDisjoint(with: ResponsePeriod.outOfHours.hours))
        #expect(ResponsePeriod.officeHours.contains(9) && !ResponsePeriod.officeHours.contains(17) && !ResponsePeriod.officeHours.contains(5 * 24 + 10))
        #expect(ResponsePeriod.night.contains(21) && ResponsePeriod.night.contains(24 + 8) && !ResponsePeriod.night.contains(9))
    }

    /// The demo's week in one queue meets 90% overall while nights get 78.6% (the figure); a
    /// night minimum of 90% lifts nights to it and never needs fewer AMHPs.
    @Test func aNightMinimumLiftsNightsAtACost() throws {
        let data = PlanningFixture.oneQueue(try PlanningData.load(folder: PlanningFixture.demoHub))
        let month = try SufficiencyAnalysis.defaultMonth(data)
        let central = try SufficiencyAnalysis(data: data, month: month)
        let night = try #require(central.shareInTimeByPeriod.first { $0.period == .night }?.share)
        #expect(NumberText.percent(night) == "78.6%")
        #expect(central.cover.shareInTime >= 0.9)
        let settings = SufficiencyAssumption.applying([.nightMinimum: 0.9], to: data.settings)
        let lifted = try SufficiencyAnalysis(data: data.with(settings: settings), month: month)
        #expect(try #require(lifted.shareInTimeByPeriod.first { $0.period == .night }?.share) >= 0.9 - 1e-9)
        #expect(lifted.neededFTE >= central.neededFTE)
        let summary = SufficiencySummary(lifted, hub: data.hub)
        #expect(summary.response.periods?.first { $0.period == "night" }?.minimum == 0.9)
    }

    @Test func assumptionsAreReadWithinTheirBounds() throws {
        var settings = PlanningSettings()
        let parsed = try SufficiencyAssumption.parse("amhps_per_assessment=1").get()
        #expect(parsed.0 == .amhpsPerAssessment && parsed.1 == 1)
        parsed.0.apply(parsed.1, to: &settings)
        #expect(settings.workload.amhpsPerAssessment == 1)
        #expect(throws: AssumptionProblem.self) { try SufficiencyAssumption.parse("amhps_per_assessment=1.5").get() }
        #expect(throws: AssumptionProblem.self) { try SufficiencyAssumption.parse("response_share=1.2").get() }
        #expect(throws: AssumptionProblem.self) { try SufficiencyAssumption.parse("travel_hours=nan").get() }
        #expect(throws: AssumptionProblem.self) { try SufficiencyAssumption.parse("nights=2").get() }
        #expect(throws: AssumptionProblem.self) { try SufficiencyAssumption.parse("night_minimum").get() }
        // Every assumption reads back what it sets.
        for assumption in SufficiencyAssumption.allCases {
            var changed = PlanningSettings()
            assumption.apply(assumption.range.upperBound, to: &changed)
            #expect(assumption.value(in: changed) == assumption.range.upperBound, "\(assumption)")
        }
    }
}
