import HubGeneration
import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// `NeighbourhoodSearch`: large-neighbourhood search over the rota model. It never worsens its start,
/// keeps every hard rule (the checker re-verifies), repeats for a seed with an iteration limit, and
/// improves a poor start. A far deadline and an iteration limit make every run here end by iterations.
@Suite struct NeighbourhoodSearchTests {
    static let farDeadline: Duration = .seconds(600)

    /// The empty rota as a solution vector: lawful, and as poor as a start can be where cover is wanted.
    static func emptyStart(_ model: RotaModel) throws -> [Double] {
        try #require(try RotaSolver().startSolution(model, PartialRota(instance: model.instance), solver: GLPKSolver()))
    }

    static func greedyStart(_ model: RotaModel, seed: UInt64) throws -> [Double] {
        var greedy = GreedyConstruction(instance: model.instance, seed: seed)
        return try #require(try RotaSolver().startSolution(model, greedy.build(), solver: GLPKSolver()))
    }

    /// The checker's verdict on a solution vector: lawful, and priced as the model prices it.
    static func expectLawful(_ model: RotaModel, _ values: [Double]) {
        #expect(model.linear.largestViolation(of: values) == nil)
        let report = RotaChecker(hub: model.instance.hub, month: model.instance.month).check(model.rota(from: values))
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.prefix(3).map(\.message))")
        let objective = model.linear.objectiveValue(values)
        #expect(abs(report.objective - objective) <= 1e-6 * max(1, objective))
    }

    /// A generated hub large enough (8 AMHPs × 31 days × 3 shifts) that neighbourhoods free only part of it.
    static let generated = RotaInstance(hub: HubGenerator(amhpCount: 8, firstMonth: TestHubs.december, seed: 11).generate(),
                                        month: TestHubs.december)

    @Test func improvesAnEmptyStartToTheKnownOptimum() throws {
        // Amy and Beth share a day shift of minimum 1 (short at 100): with each at most 26 shifts and six
        // in a row, every day can be covered, optimum 0. The empty start is 31 short: 3,100. The hub is
        // small enough that every neighbourhood frees the whole month, so one try reaches the optimum.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 100 })
        let model = ModelTests.model(hub)
        let start = try Self.emptyStart(model)
        #expect(model.linear.objectiveValue(start) == 3_100)
        var search = NeighbourhoodSearch(model: model, seed: 1)
        let improved = try search.improve(start, until: ContinuousClock.now + Self.farDeadline, maximumIterations: 3)
        #expect(abs(model.linear.objectiveValue(improved)) < 1e-6)
        #expect(search.iterations == 3)
        // Soft breaches for the manager's progress: the empty start is short on each of the 31 days, the optimum on none.
        #expect(model.softBreaches(start) == 31)
        #expect(model.softBreaches(improved) == 0)
        #expect(search.improvements == 1)
        Self.expectLawful(model, improved)
        // From the optimum there is nothing left to improve: the search returns it unchanged.
        var again = NeighbourhoodSearch(model: model, seed: 2)
        let same = try again.improve(improved, until: ContinuousClock.now + Self.farDeadline, maximumIterations: 2)
        #expect(same == improved)
        #expect(again.improvements == 0)
    }

    @Test func neverWorsensItsStartAndKeepsEveryHardRule() throws {
        let model = RotaModelBuilder.build(Self.generated)
        for start in [try Self.emptyStart(model), try Self.greedyStart(model, seed: 3)] {
            let startObjective = model.linear.objectiveValue(start)
            var reached: [Double] = []
            var search = NeighbourhoodSearch(model: model, seed: 5)
            let result = try search.improve(start, until: ContinuousClock.now + Self.farDeadline, maximumIterations: 4) { reached.append($0) }
            let objective = model.linear.objectiveValue(result)
            #expect(objective <= startObjective + 1e-9)
            // Each improvement reported is strictly better than the one before, and the last is the result.
            #expect(zip([startObjective] + reached, reached).allSatisfy { $1 < $0 })
            #expect(reached.count == search.improvements)
            #expect(reached.last.map { abs($0 - objective) < 1e-9 } ?? (result == start))
            #expect(search.iterations == 4)
            Self.expectLawful(model, result)
        }
    }

    @Test func repeatableForASeedWithAnIterationLimit() throws {
        let model = RotaModelBuilder.build(Self.generated)
        let start = try Self.greedyStart(model, seed: 1)
        func run() throws -> (values: [Double], improvements: Int) {
            var search = NeighbourhoodSearch(model: model, seed: 7)
            let values = try search.improve(start, until: ContinuousClock.now + Self.farDeadline, maximumIterations: 3)
            return (values, search.improvements)
        }
        let first = try run()
        let second = try run()
        #expect(model.rota(from: first.values) == model.rota(from: second.values))
        #expect(model.linear.objectiveValue(first.values) == model.linear.objectiveValue(second.values))
        #expect(first.improvements == second.improvements)
    }
}
