import Foundation
import Testing
import Workforce
@testable import Planning
@testable import Rostering

/// When a scenario's difference from the baseline is larger than the solver's noise: only when the
/// ranges the two solves proved, [bound, objective], do not overlap.
struct ScenarioNoiseTests {
    static func solution(objective: Double, bound: Double?) -> RotaSolution {
        RotaSolution(rota: Rota(month: Month(year: 2027, month: 1)!, assignments: []), status: .timeLimitWithSolution, rawStatus: "time limit",
                     objective: objective, bound: bound, seconds: 20, penalties: [:], startObjective: nil, fullModelObjective: nil,
                     searchIterations: 0, searchImprovements: 0, modelSize: (0, 0, 0))
    }

    @Test func overlappingRangesAreNoiseAndDisjointOnesAreNot() {
        let baseline = Self.solution(objective: 1000, bound: 700)
        // 71% gap apart, as the demo's 20 s scenarios were: "lose three NHS AMHPs" at 950 is not better.
        #expect(!ScenarioSummary.beyondNoise(Self.solution(objective: 950, bound: 300), baseline))
        #expect(!ScenarioSummary.beyondNoise(Self.solution(objective: 1400, bound: 990), baseline))
        // Its proven bound is above the baseline's objective: surely worse.
        #expect(ScenarioSummary.beyondNoise(Self.solution(objective: 1400, bound: 1100), baseline))
        // Surely better: its objective is below the baseline's bound.
        #expect(ScenarioSummary.beyondNoise(Self.solution(objective: 600, bound: 550), baseline))
        // Two optimal solves differ whenever their objectives do; equal ones do not.
        #expect(ScenarioSummary.beyondNoise(Self.solution(objective: 1001, bound: 1001), Self.solution(objective: 1000, bound: 1000)))
        #expect(!ScenarioSummary.beyondNoise(Self.solution(objective: 1000, bound: 1000), Self.solution(objective: 1000, bound: 1000)))
        // Without a bound nothing is proved.
        #expect(!ScenarioSummary.beyondNoise(Self.solution(objective: 5000, bound: nil), baseline))
    }

    @Test func resultsKeptBeforeTheNoiseWasRecordedStillRead() throws {
        let old = #"{"hub_name":"Hub","month":"2027-01","columns":[{"name":"baseline","notes":[],"status":"optimal","gap":0,"seconds":3}],"measures":[]}"#
        let summary = try PlanningJSON.decode(ScenarioSummary.self, from: Data(old.utf8))
        #expect(summary.columns.first?.beyondNoise == nil && summary.columns.first?.bound == nil)
    }
}
