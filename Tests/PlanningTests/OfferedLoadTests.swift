import Foundation
import Testing
@testable import Planning

/// The time-varying offered load: steady demand, lag behind a peak, the week wrapping round.
struct OfferedLoadTests {
    @Test func steadyDemandGivesTheStationaryLoad() {
        let load = OfferedLoad.weekly(arrivalsPerHour: Array(repeating: 0.3, count: 168), meanServiceHours: 5)
        for value in load { #expect(abs(value - 1.5) < 1e-9) }
    }

    @Test func theLoadLagsBehindAPeakAndDecays() {
        var arrivals = Array(repeating: 0.0, count: 168)
        arrivals[10] = 1
        let load = OfferedLoad.weekly(arrivalsPerHour: arrivals, meanServiceHours: 4)
        // Half an hour of arrivals at the middle of hour 10: 4·(1 − e^(−1/8)).
        #expect(abs(load[10] - 4 * (1 - exp(-0.125))) < 1e-12)
        // After the hour, what arrived in it decays by e^(−1/4) an hour.
        #expect(abs(load[12] / load[11] - exp(-0.25)) < 1e-9)
        #expect(load[9] == 0)
        // Total load over the week is the work brought: 1 arrival × 4 hours.
        #expect(abs(load.reduce(0, +) - 4) < 1e-6)
    }

    @Test func sundayEveningCarriesIntoMonday() {
        var arrivals = Array(repeating: 0.0, count: 168)
        arrivals[167] = 1
        let load = OfferedLoad.weekly(arrivalsPerHour: arrivals, meanServiceHours: 6)
        #expect(load[0] > 0.5)
        #expect(load[0] > load[1])
    }
}

