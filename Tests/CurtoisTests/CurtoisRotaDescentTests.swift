import Testing
@testable import Curtois

/// Best-response descent on whole rotas: it keeps every hard rule, never raises the objective (as the
/// evaluator scores it), and once exact descent stops, no single employee can improve the roster.
@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage), .serialized)
struct CurtoisRotaDescentTests {
    /// A poor but legal roster: employees in order, each given a rota with nobody else rostered yet.
    private func lonelyRoster(_ instance: CurtoisInstance, pricing: CurtoisPricing) throws -> CurtoisRoster {
        var roster = CurtoisRoster(for: instance)
        let nobody = instance.cover.map { [Int](repeating: 0, count: $0.count) }
        for e in instance.employees.indices {
            let column = try #require(try pricing.bestResponse(employee: e, staffed: nobody, timeLimit: 10))
            for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
        }
        return roster
    }

    @Test(arguments: [1, 4, 7])
    func descentKeepsTheRulesAndNeverWorsens(_ number: Int) throws {
        let instance = try CurtoisFixtures.instance(number)
        let pricing = CurtoisPricing(instance)
        let evaluator = CurtoisEvaluator(instance: instance)
        let descent = CurtoisRotaDescent(instance: instance, pricing: pricing)
        let start = try lonelyRoster(instance, pricing: pricing)
        let before = evaluator.evaluate(start)
        #expect(before.violations.isEmpty, "\(before.violations)")
        let order = Array(instance.employees.indices.reversed())

        let quick = try descent.descend(start, order: order, groupLimit: CurtoisPricing.quickGroupLimit, remaining: { 60 })
        let afterQuick = evaluator.evaluate(quick.roster)
        #expect(afterQuick.violations.isEmpty, "\(afterQuick.violations)")
        #expect(afterQuick.objective <= before.objective)
        #expect(quick.steps > 0 || afterQuick.objective == before.objective)

        let exact = try descent.descend(quick.roster, order: order, groupLimit: nil, remaining: { 60 })
        let afterExact = evaluator.evaluate(exact.roster)
        #expect(afterExact.violations.isEmpty, "\(afterExact.violations)")
        #expect(afterExact.objective <= afterQuick.objective)

        // Exact descent ends where no employee's best response helps: running it again changes nothing.
        let again = try descent.descend(exact.roster, order: order, groupLimit: nil, remaining: { 60 })
        #expect(again.steps == 0)
        #expect(again.roster == exact.roster)
    }
}
