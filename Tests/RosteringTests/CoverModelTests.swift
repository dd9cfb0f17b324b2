import LinearProgramming
import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// The cover family (`Model/Rules/Cover.swift`): cover below minimum, below target, above target,
/// and a missing coordinator. Tiny hubs, optimum worked out by hand, re-checked by the checker.
@Suite struct CoverModelTests {
    @Test func coverBelowMinimumWhenTheOnlyOtherAMHPIsOnLeave() throws {
        // Beth is on leave all month, so Amy alone covers a day shift needing 2. Six on, one off would
        // give 27 days, but the 48-hour average caps the month at 212.6 h: 26 shifts. 31 × 2 − 26 = 36 short.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 2, target: 2),
                      absences: [Absence(amhpID: "B", kind: .annual, dates: TestHubs.december.range)],
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 36)
        let explanations = ShortfallExplainer(hub: hub, month: TestHubs.december).explain(solution.rota, report: report)
        #expect(explanations.count == 31)
        #expect(explanations.allSatisfy { $0.candidates.contains { $0.amhpID == "B" && $0.reason == .absent(.annual, note: "") } })
    }

    @Test func coverBelowTargetWhenTheOnlyAMHPIsAwayThenMustRest() throws {
        // Target 1 (no minimum). Amy is on leave 1-10: 10 days without anyone. From the 11th, 21 days,
        // she may work at most 6 in a row with a rest day in every 7: 18 of them (off 17, 24, 31).
        // Below target: 10 + 3 = 13.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 1),
                      absences: [Absence(amhpID: "A", kind: .annual, dates: TestHubs.days(1, 10))],
                      rules: TestHubs.rules { $0[.coverBelowTarget] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 13)
        #expect(report.people[0].shifts == 18)
        #expect(report.coverage.filter { $0.assigned == 0 }.count == 13)
        #expect(solution.penalties[.coverBelowTarget] == 13)
    }

    @Test func coverAboveTargetIsTradedAgainstARequest() throws {
        // Amy wants the day shift on the 1st (request weight 10), whose target is 0.
        // One AMHP above target at 3 is cheaper than the missed request: she works, penalty 3.
        // At 20 it is dearer: she stays off, penalty 10.
        func hub(aboveTarget: Double) -> Hub {
            Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                requests: [TestHubs.want("A", day: 1, shift: "D", weight: 10)],
                rules: TestHubs.rules { $0[.requestNotMet] = 1; $0[.coverAboveTarget] = aboveTarget })
        }
        let cheap = try ModelTests.solve(hub(aboveTarget: 3)).0
        #expect(cheap.objective == 3)
        #expect(cheap.rota.shift(of: "A", on: TestHubs.date(1)) == "D")
        #expect(cheap.penalties[.coverAboveTarget] == 3)
        let dear = try ModelTests.solve(hub(aboveTarget: 20)).0
        #expect(dear.objective == 10)
        #expect(dear.rota.assignments.isEmpty)
    }

    @Test func missingCoordinatorWhenTheOnlyCoordinatorIsAway() throws {
        // Only Amy coordinates; she is away on the 5th, so that day has no coordinator: 1 × 7.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth", coordinates: false)],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0, coordinator: true),
                      absences: [Absence(amhpID: "A", kind: .sickness, dates: DateRange(first: TestHubs.date(5), last: TestHubs.date(5))!)],
                      rules: TestHubs.rules { $0[.missingCoordinator] = 7 })
        // Amy must rest one day in seven too: those days go without a coordinator as well (5 more weeks' worth).
        let (solution, report) = try ModelTests.solve(hub)
        let uncovered = report.coverage.filter { !$0.coordinatorPresent }.count
        #expect(abs(solution.objective - Double(7 * uncovered)) < 1e-6)
        #expect(report.coverage.first { $0.date == TestHubs.date(5) }?.coordinatorPresent == false)
        // Best possible: the 5th plus one rest day in each 7-day window; 31 days need at least 5 rest days.
        #expect(uncovered == 5)
    }

    @Test func aDayCoordinatorDoesNotCoordinateNights() throws {
        // Nights need a coordinator. Amy coordinates days only; Beth coordinates nights. Only Beth's
        // nights count: 12-hour nights and the 48-hour cap (212.6 h) allow her 17, so 14 nights go
        // without a coordinator, penalty 14 (were Amy counted, she could fill them all: 0).
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", coordinatesNights: false), TestHubs.person("B", "Beth", coordinatesDays: false)],
                      shiftTypes: [TestHubs.night], coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0, coordinator: true),
                      rules: TestHubs.rules { $0[.missingCoordinator] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 14)
        #expect(report.people.first { $0.amhpID == "B" }?.nights == 17)
        #expect(report.coverage.filter(\.coordinatorPresent).count == 17)
    }

    /// The zero case: two coordinators share a day shift of minimum and target 1; every cover rule
    /// is priced and none is breached.
    @Test func coverMetExactlyCostsNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1, coordinator: true),
                      rules: TestHubs.rules {
                          $0[.coverBelowMinimum] = 100; $0[.coverBelowTarget] = 10; $0[.coverAboveTarget] = 1; $0[.missingCoordinator] = 50
                      })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(report.coverage.count == 31)
        #expect(report.coverage.allSatisfy { $0.assigned == 1 && $0.coordinatorPresent })
        #expect(solution.rota.assignments.filter(\.isCoordinator).count == 31)
    }

    @Test(arguments: [SoftRule.coverBelowMinimum, .coverBelowTarget, .coverAboveTarget, .missingCoordinator])
    func aWeightOfZeroRemovesThePenaltyTerm(_ rule: SoftRule) {
        ModelTests.expectZeroWeightRemovesTerm(rule)
    }
}
