@testable import Service
import Testing

/// The scenario run page colours a change green or red only when the plans differ by more than the
/// solver's noise; otherwise grey.
struct ScenarioNoisePageTests {
    @Test func changesWithinTheNoiseAreGrey() {
        #expect(ScenarioRunPageModel.direction(-2, lowerIsBetter: true, beyondNoise: true) == "better")
        #expect(ScenarioRunPageModel.direction(2, lowerIsBetter: true, beyondNoise: true) == "worse")
        #expect(ScenarioRunPageModel.direction(-2, lowerIsBetter: true, beyondNoise: false) == "noise")
        #expect(ScenarioRunPageModel.direction(-2, lowerIsBetter: nil, beyondNoise: false) == "")
    }
}
