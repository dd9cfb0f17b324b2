import LinearProgramming
import Testing
@testable import Curtois

/// Instances 20–24 (half a year and a year): shift classes in the rule states, the paced search that
/// builds their start, limits above 127, and the Lagrangian bound that reports their gap.
struct CurtoisLongHorizonTests {
    /// Amy over 182 days, near full time (100 to 104 day shifts' minutes), at most 13 weekends and 150 day
    /// shifts (a limit above 127 that binds: 166 days are open to her); Beth may work nothing.
    static func halfYear() -> CurtoisInstance {
        let amy = CurtoisFixtures.employee("Amy") {
            $0.maxShifts = [150, 40]
            $0.minTotalMinutes = 480 * 100
            $0.maxTotalMinutes = 480 * 104
            $0.maxConsecutiveShifts = 5
            $0.minConsecutiveShifts = 2
            $0.minConsecutiveDaysOff = 2
            $0.maxWeekends = 13
        }
        let beth = CurtoisFixtures.employee("Beth") { $0.maxShifts = [0, 0] }
        let holiday = Set(40..<56)
        return CurtoisFixtures.tiny(days: 182, amy: amy, beth: beth, daysOff: [holiday, []],
                                    cover: Dictionary(uniqueKeysWithValues: (0..<182).map { ($0, [1, 0]) }))
    }

    @Test func shiftsThatTheSameShiftsMayFollowShareTheirStates() {
        // E and L may be followed by anything, N by neither E nor L: two classes, not three.
        let follows = [[true, true, true], [true, true, true], [false, false, true]]
        let states = CurtoisLabelling.RuleStates(shiftCount: 3, maxConsecutive: 5, minConsecutive: 2, minDaysOff: 2,
                                                 follows: follows, usable: [true, true, true])
        #expect(states.shiftClass == [0, 0, 1])
        #expect(states.count == 2 + 2 * 5 * 2)
        // Zero case: a shift the employee never works makes no class of its own.
        let without = CurtoisLabelling.RuleStates(shiftCount: 3, maxConsecutive: 5, minConsecutive: 2, minDaysOff: 2,
                                                  follows: follows, usable: [true, true, false])
        #expect(without.count == 2 + 1 * 5 * 2)
    }

    @Test func amysHalfYearFromThePacedSearchKeepsEveryRule() throws {
        let instance = Self.halfYear()
        let labelling = try #require(CurtoisLabelling(instance, employee: 0), "a limit of 150 must still pack")
        // Minutes count in 120-minute units (D 480, N 600): one of the longest shifts is 5.
        #expect(labelling.paceBand(shifts: 1) == 5)
        let pricing = CurtoisPricing(instance)
        let staffed = instance.cover.map { $0.map { _ in 0 } }
        let column = try #require(try pricing.bestResponse(employee: 0, staffed: staffed, timeLimit: 30))
        var roster = CurtoisRoster(for: instance)
        for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: 0, day: d) }
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(roster)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        let days = column.shifts.filter { $0 == 0 }.count
        #expect(days >= 100 && days <= 104 && days <= 150)
        // Zero case: four weeks are searched in full, without a pace.
        let month = CurtoisFixtures.tiny(days: 28)
        #expect(CurtoisLabelling(month, employee: 0)?.paceBand(shifts: 1) == nil)
    }

    @Test func theLagrangianBoundSeesAShortageNoRotaCanMeet() throws {
        // Three day shifts asked for on Monday and only Amy and Beth: 100 is lost whatever the roster.
        let short = CurtoisFixtures.tiny(cover: [0: [3, 0]])
        let bound = try #require(CurtoisLagrangianBound(instance: short, pricing: CurtoisPricing(short))?
            .compute(target: 100, roster: CurtoisRoster(for: short), iterations: 200, remaining: { 1 }).bound)
        #expect(bound > 99.9 && bound <= 100 + 1e-6)
        // Zero case: two asked for, two to work them.
        let met = CurtoisFixtures.tiny(cover: [0: [2, 0]])
        let none = try #require(CurtoisLagrangianBound(instance: met, pricing: CurtoisPricing(met))?
            .compute(target: 0, iterations: 200, remaining: { 1 }).bound)
        #expect(abs(none) < 1e-6)
    }

    @Test func theLagrangianBoundPricesAWeekendLimit() throws {
        // Amy alone may work one weekend of two, and a day shift is asked for on each weekend day: two
        // are short in every roster (200); the sequence rules alone would allow all four.
        let amy = CurtoisFixtures.employee("Amy") { $0.maxWeekends = 1 }
        let beth = CurtoisFixtures.employee("Beth") { $0.maxShifts = [0, 0] }
        let instance = CurtoisFixtures.tiny(days: 14, amy: amy, beth: beth,
                                            cover: [5: [1, 0], 6: [1, 0], 12: [1, 0], 13: [1, 0]])
        let bound = try #require(CurtoisLagrangianBound(instance: instance, pricing: CurtoisPricing(instance))?
            .compute(target: 200, iterations: 500, remaining: { 1 }).bound)
        #expect(bound > 150 && bound <= 200 + 1e-6)
    }

    @Test(arguments: 1...12)
    func theLagrangianBoundNeverPassesTheOptimum(seed: UInt64) throws {
        let instance = CurtoisRandomInstanceTests.randomInstance(seed: seed)
        var exact = SolverParameters()
        exact.relativeGap = 0
        exact.timeLimit = 60
        let optimum = try GLPKSolver().solve(CurtoisModelBuilder.build(instance).linear, parameters: exact)
        try #require(optimum.status == .optimal, "GLPK did not solve random instance \(seed): \(optimum.rawStatus)")
        let best = try #require(optimum.objective)
        let bound = try #require(CurtoisLagrangianBound(instance: instance, pricing: CurtoisPricing(instance))?
            .compute(target: best, iterations: 300, remaining: { 1 }).bound)
        #expect(bound <= best + 1e-6, "random instance \(seed): bound \(bound) above the optimum \(best)")
    }
}
