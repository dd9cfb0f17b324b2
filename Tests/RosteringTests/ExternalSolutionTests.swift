import HubGeneration
import LinearProgramming
import Testing
import Workforce
@testable import Rostering

/// Another solver's solution read back by variable name prices and reads exactly as our own does.
struct ExternalSolutionTests {
    let instance = RotaInstance(hub: HubGenerator(amhpCount: 8, firstMonth: TestHubs.december, months: 1, seed: 3).generate(),
                                month: TestHubs.december)

    /// The greedy start's full solution, by variable name, as another solver would write it.
    func namedGreedySolution() throws -> (model: RotaModel, values: [Double], named: [String: Double]) {
        let model = RotaModelBuilder.build(instance)
        var greedy = GreedyConstruction(instance: instance, seed: 1)
        let values = try #require(try RotaSolver().startSolution(model, greedy.build(), solver: GLPKSolver()))
        let named = Dictionary(uniqueKeysWithValues: zip(model.linear.variables.map(\.name), values))
        return (model, values, named)
    }

    @Test func readsBackTheSameObjectivePenaltiesAndRota() throws {
        let (model, values, named) = try namedGreedySolution()
        let external = try ExternalSolution(instance: instance, values: named)
        #expect(abs(external.objective - model.linear.objectiveValue(values)) < 1e-6)
        for (rule, penalty) in model.penalties(values) { #expect(abs((external.penalties[rule] ?? 0) - penalty) < 1e-6, "\(rule)") }
        #expect(Set(external.rota.assignments.map { "\($0.amhpID) \($0.date) \($0.shiftCode)" })
                == Set(model.rota(from: values).assignments.map { "\($0.amhpID) \($0.date) \($0.shiftCode)" }))
    }

    @Test func namesTheFirstMissingIntegerVariable() throws {
        var (model, _, named) = try namedGreedySolution()
        let integer = try #require(model.linear.variables.first { $0.kind != .continuous })
        named[integer.name] = nil
        #expect(throws: ExternalSolution.Failure.missingVariable(integer.name)) {
            try ExternalSolution(instance: instance, values: named)
        }
    }

    @Test func refusesASolutionThatBreaksAHardRule() throws {
        var (model, values, named) = try namedGreedySolution()
        // Give someone who works a shift every other shift of that day as well: one shift a day breaks.
        let worked = try #require(instance.amhps.indices.lazy.flatMap { a in (0..<instance.dayCount).map { (a, $0) } }
            .first { a, d in model.variables(a, day: d).count > 1 && model.variables(a, day: d).contains { values[$0.variable.index] > 0.5 } })
        for (_, variable) in model.variables(worked.0, day: worked.1) { named[model.linear.variables[variable.index].name] = 1 }
        #expect(throws: ExternalSolution.Failure.self) { try ExternalSolution(instance: instance, values: named) }
    }
}
