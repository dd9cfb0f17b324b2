import HubGeneration
@testable import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// RENS (`Solve/RelaxationRounding.swift`): the LP relaxation's whole binaries are kept and GLPK
/// rounds the rest; its rota keeps every hard rule, is priced the same by the checker, and costs no
/// less than the relaxation's bound.
@Suite struct RelaxationRoundingTests {
    @Test(arguments: [2, 9, 17] as [UInt64])
    func roundsTheRelaxationIntoALawfulRota(seed: UInt64) throws {
        let (month, instance, model) = try generatedHub(month: "2027-03", seed: seed)
        let relaxation = try GLPKSolver().solveRelaxation(model.linear, presolve: true)
        let values = try #require(relaxation.values)
        let bound = try #require(relaxation.bound)
        let rounded = try #require(try RelaxationRounding(model: model).solve(around: values, timeLimit: 20))
        let solution = try #require(rounded.values, "seed \(seed): \(rounded.status)")
        #expect(rounded.freeBinaries < rounded.binaries)
        let objective = try #require(rounded.objective)
        #expect(objective >= bound - 1e-6)
        let report = RotaChecker(hub: instance.hub, month: month).check(model.rota(from: solution))
        #expect(report.hardViolations.isEmpty, "seed \(seed): \(report.hardViolations.map(\.message))")
        #expect(abs(report.objective - objective) < 1e-6, "seed \(seed): checker \(report.objective), model \(objective)")
    }

    @Test func roundsToTheBestRotaWhereTheBoundIsTight() throws {
        // Amy owes 155.4 h in 8-hour shifts (under at 1 an hour, over at 2). With the rounding cut the
        // relaxation's bound is the best rota's 3.4 (19 shifts), and RENS finds such a rota.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 2 })
        let model = ModelTests.model(hub)
        let relaxation = try #require(try GLPKSolver().solveRelaxation(model.linear).values)
        let rounded = try #require(try RelaxationRounding(model: model).solve(around: relaxation, timeLimit: 10))
        #expect(abs((rounded.objective ?? -1) - 3.4) < 1e-6)
        #expect(rounded.binaries > 0)
    }

    @Test func aRelaxationOfAnotherModelIsRefused() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0))
        let model = ModelTests.model(hub)
        #expect(try RelaxationRounding(model: model).solve(around: [0, 1], timeLimit: 10) == nil)
        #expect(try RelaxationRounding(model: model).solve(around: Array(repeating: 0, count: model.linear.variableCount), timeLimit: 0) == nil)
    }
}

/// RENS on the root LP with branch and cut's cuts (`SolverParameters.recordsRootSolution`), as
/// `RotaSolver` runs it after GLPK's share on the whole model: the same guarantees.
@Suite struct RootRelaxationRoundingTests {
    @Test(arguments: [2, 9] as [UInt64])
    func roundsTheRootLPWithItsCutsIntoALawfulRota(seed: UInt64) throws {
        let (month, instance, model) = try generatedHub(month: "2027-03", seed: seed)
        let plain = try #require(try GLPKSolver().solveRelaxation(model.linear, cutsWhenBroken: true).bound)
        var parameters = SolverParameters()
        parameters.presolve = false
        parameters.gomoryCuts = true
        parameters.nodeLimit = 3 // the root and its two children: the root's cut rounds end first
        parameters.timeLimit = 30
        parameters.recordsRootSolution = true
        let whole = try GLPKSolver().solve(model.linear, parameters: parameters)
        let root = try #require(whole.rootCutValues, "seed \(seed): \(whole.status)")
        // Cuts only tighten: the root LP costs at least the plain relaxation.
        #expect(model.linear.objectiveValue(root) >= plain - 1e-6)
        let rounded = try #require(try RelaxationRounding(model: model).solve(around: root, timeLimit: 20))
        let solution = try #require(rounded.values, "seed \(seed): \(rounded.status)")
        let objective = try #require(rounded.objective)
        #expect(objective >= model.linear.objectiveValue(root) - 1e-6)
        let report = RotaChecker(hub: instance.hub, month: month).check(model.rota(from: solution))
        #expect(report.hardViolations.isEmpty, "seed \(seed): \(report.hardViolations.map(\.message))")
        #expect(abs(report.objective - objective) < 1e-6, "seed \(seed): checker \(report.objective), model \(objective)")
    }
}

/// The LP relaxation started from the greedy rota's basis (`solveRelaxation(start:)`, as `RotaSolver`
/// runs it on a large model): a basis is built there, and the LP ends at the same optimum, cuts and all.
@Suite struct RelaxationFromGreedyTests {
    @Test(arguments: [3, 11] as [UInt64])
    func endsAtTheColdStartsOptimum(seed: UInt64) throws {
        let (_, instance, model) = try generatedHub(month: "2027-05", seed: seed)
        var greedy = GreedyConstruction(instance: instance, seed: seed)
        let start = try #require(try RotaSolver().startSolution(model, greedy.build(), solver: GLPKSolver()))
        #expect(GLPKProblem(model: model.linear, relaxIntegrality: true).installBasis(around: start, of: model.linear), "seed \(seed)")
        let cold = try #require(try GLPKSolver().solveRelaxation(model.linear, presolve: true, cutsWhenBroken: true).bound)
        let warm = try #require(try GLPKSolver().solveRelaxation(model.linear, presolve: true, cutsWhenBroken: true, start: start).bound)
        #expect(abs(warm - cold) <= 1e-6 * max(1, abs(cold)), "seed \(seed): from the greedy rota \(warm), from scratch \(cold)")
        #expect(warm <= model.linear.objectiveValue(start) + 1e-6)
    }
}

/// A generated 14-AMHP hub's month, its instance and its model.
private func generatedHub(month text: String, seed: UInt64) throws -> (Month, RotaInstance, RotaModel) {
    let month = try #require(Month(text))
    let instance = RotaInstance(hub: HubGenerator(amhpCount: 14, firstMonth: month, seed: seed).generate(), month: month)
    return (month, instance, RotaModelBuilder.build(instance))
}
