import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The sequences family (`Model/Rules/Sequences.swift`): at most 4 nights in a row and at most 6
/// working days in a row (the hub's defaults), carry-in from the month before included.
@Suite struct SequencesModelTests {
    /// Rules pricing only requests (1 each), with weekly rest over `weeklyWindow` days.
    static func rules(weeklyWindow: Int = 7) -> HubRules {
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.weeklyRestWindowDays = weeklyWindow
        return rules
    }

    @Test func atMostFourNightsInARow() throws {
        // Five nights wanted in a row; the fifth breaks the limit of four: penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
                      requests: (1...5).map { TestHubs.want("A", day: $0, shift: "N") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try ModelTests.solve(hub).0.objective == 1)
    }

    @Test func nightsCarriedInCountTowardsTheRun() throws {
        // Amy worked the nights of 28, 29 and 30 November; of the 1st and 2nd December only one more
        // fits in a run of four: penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "N"), TestHubs.want("A", day: 2, shift: "N")],
                      carryIn: ["2026-11-28", "2026-11-29", "2026-11-30"].map { TestHubs.carried("A", $0, "N") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(ModelTests.worked(solution.rota, "A", days: 1...2) == 1)
    }

    @Test func atMostSixWorkingDaysInARow() throws {
        // Seven day shifts wanted in a row, with weekly rest counted over a fortnight so only the run
        // limit binds: one is refused, penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...7).map { TestHubs.want("A", day: $0, shift: "D") }, rules: Self.rules(weeklyWindow: 14))
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(ModelTests.worked(solution.rota, "A", days: 1...7) == 6)
    }

    @Test func workingDaysCarriedInCountTowardsTheRun() throws {
        // Amy worked 27 to 30 November; three more days from the 1st would make seven in a row: penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...3).map { TestHubs.want("A", day: $0, shift: "D") },
                      carryIn: (27...30).map { TestHubs.carried("A", "2026-11-\($0)", "D") },
                      rules: Self.rules(weeklyWindow: 14))
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(ModelTests.worked(solution.rota, "A", days: 1...3) == 2)
    }

    @Test func aLongerLimitAllowsALongerRun() throws {
        // With up to 7 working days in a row (and weekly rest over a fortnight), all seven are met.
        var rules = Self.rules(weeklyWindow: 14)
        rules.workingTime.maximumConsecutiveWorkingDays = 7
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: (1...7).map { TestHubs.want("A", day: $0, shift: "D") }, rules: rules)
        #expect(try ModelTests.solve(hub).0.objective == 0)
    }

    /// The zero case: four nights, two days off, then six day shifts: both limits reached, neither broken.
    @Test func runsAtTheLimitCostNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: (1...4).map { TestHubs.want("A", day: $0, shift: "N") } + (7...12).map { TestHubs.want("A", day: $0, shift: "D") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(ModelTests.worked(solution.rota, "A", days: 1...12) == 10)
    }
}
