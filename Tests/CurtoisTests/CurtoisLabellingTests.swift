import Testing
import Workforce
@testable import Curtois

/// The dynamic-programming pricer against GLPK on the same pricing problems: the same least priced cost,
/// and a rota that keeps every rule and costs what it says.
@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage))
struct CurtoisLabellingTests {
    /// Cover duals drawn in the range the master's clamped duals take (−1 to 100), some left at 0.
    private func randomDuals(_ instance: CurtoisInstance, using generator: inout SeededGenerator) -> [[Double]] {
        instance.cover.map { row in
            row.map { _ in Double.random(in: 0..<1, using: &generator) < 0.3 ? 0 : Double(Int.random(in: -1...100, using: &generator)) }
        }
    }

    @Test(arguments: [1, 3, 5, 7, 8, 12])
    func labellingMatchesGLPK(_ number: Int) throws {
        let instance = try CurtoisFixtures.instance(number)
        let labelled = CurtoisPricing(instance)
        let glpk = CurtoisPricing(instance, labelling: false)
        let evaluator = CurtoisEvaluator(instance: instance)
        let costs = CurtoisRequestCost(instance)
        var generator = SeededGenerator(seed: UInt64(number))
        // Every employee on the small instances; a spread of them on the larger ones, where GLPK is slow.
        let employees = instance.employees.count <= 20 ? Array(instance.employees.indices)
            : Array(stride(from: 0, to: instance.employees.count, by: instance.employees.count / 8))
        for round in 0..<3 {
            let duals = round == 0 ? instance.cover.map { $0.map { _ in 0.0 } } : randomDuals(instance, using: &generator)
            for e in employees {
                #expect(CurtoisLabelling(instance, employee: e) != nil)
                let fast = try labelled.price(employee: e, coverDual: duals, timeLimit: 30)
                let exact = try glpk.price(employee: e, coverDual: duals, timeLimit: 30)
                try #require(exact.exact, "GLPK did not prove its pricing of employee \(e) in time")
                #expect(fast.exact)
                #expect(abs(fast.pricedCost - exact.pricedCost) < 1e-6,
                        "instance \(number), employee \(e), round \(round): labelling \(fast.pricedCost), GLPK \(exact.pricedCost)")
                let column = try #require(fast.column)
                #expect(column.cost == costs.cost(employee: e, shifts: column.shifts))
                var priced = column.cost
                for (d, t) in column.shifts.enumerated() where t >= 0 { priced -= duals[d][t] }
                #expect(abs(priced - fast.pricedCost) < 1e-6)
                var roster = CurtoisRoster(for: instance)
                for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
                let broken = evaluator.evaluate(roster).violations.filter { $0.employee == e }
                #expect(broken.isEmpty, "\(broken)")
                // An upper bound prunes only what cannot beat it.
                let labelling = try #require(CurtoisLabelling(instance, employee: e))
                guard case .rota(_, let below, _) = labelling.cheapest(coverDual: duals, upperBound: exact.pricedCost + 0.5) else {
                    Issue.record("instance \(number), employee \(e): nothing found below the optimum + 0.5")
                    continue
                }
                #expect(abs(below - exact.pricedCost) < 1e-6)
                #expect(labelling.cheapest(coverDual: duals, upperBound: exact.pricedCost) == .noneBelow(lowerBound: exact.pricedCost))
                // Quick pricing: a legal rota no cheaper than the least (it may miss every rota when the few
                // labels it keeps run out of shifts or minutes), and a bound no higher than the least.
                switch labelling.cheapest(coverDual: duals, groupLimit: 2) {
                case .rota(let shifts, let quick, let bound):
                    #expect(quick >= exact.pricedCost - 1e-6 && bound <= exact.pricedCost + 1e-6)
                    var roster = CurtoisRoster(for: instance)
                    for (d, t) in shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
                    #expect(evaluator.evaluate(roster).violations.filter { $0.employee == e }.isEmpty)
                case .noneBelow(let bound):
                    #expect(bound <= exact.pricedCost + 1e-6)
                case .infeasible, .gaveUp:
                    Issue.record("instance \(number), employee \(e): quick pricing called a feasible employee infeasible or gave up")
                }
            }
        }
    }

    /// Random small instances (every rule's limit drawn at random, minimum minutes too, so some employees
    /// have no legal rota): the labelling and GLPK agree on every employee at random duals.
    @Test(arguments: 1...40)
    func labellingMatchesGLPKOnRandomInstances(seed: UInt64) throws {
        var instance = CurtoisRandomInstanceTests.randomInstance(seed: seed)
        var generator = SeededGenerator(seed: seed &+ 1000)
        for e in instance.employees.indices {
            let most = instance.employees[e].maxTotalMinutes / 480
            instance.employees[e].minTotalMinutes = 480 * Int.random(in: 0...most, using: &generator)
            instance.employees[e].minConsecutiveShifts = Int.random(in: 1...3, using: &generator)
            instance.employees[e].minConsecutiveDaysOff = Int.random(in: 1...3, using: &generator)
        }
        let labelled = CurtoisPricing(instance)
        let glpk = CurtoisPricing(instance, labelling: false)
        for _ in 0..<3 {
            let duals = randomDuals(instance, using: &generator)
            for e in instance.employees.indices {
                let fast = try labelled.price(employee: e, coverDual: duals, timeLimit: 30)
                let exact = try glpk.price(employee: e, coverDual: duals, timeLimit: 30)
                try #require(exact.exact)
                #expect(fast.column == nil && exact.column == nil || abs(fast.pricedCost - exact.pricedCost) < 1e-6,
                        "random instance \(seed), employee \(e): labelling \(fast.pricedCost), GLPK \(exact.pricedCost)")
            }
        }
    }

    /// Enumeration by depth-first search lists exactly the rotas GLPK lists with no-good cuts, each
    /// legal and within the threshold.
    @Test(arguments: 1...15)
    func enumerationMatchesGLPK(seed: UInt64) throws {
        let instance = CurtoisRandomInstanceTests.randomInstance(seed: seed)
        var generator = SeededGenerator(seed: seed &+ 2000)
        let duals = randomDuals(instance, using: &generator)
        let glpk = CurtoisPricing(instance, labelling: false)
        let evaluator = CurtoisEvaluator(instance: instance)
        for e in instance.employees.indices {
            let labelling = try #require(CurtoisLabelling(instance, employee: e))
            guard case .rota(_, let least, _) = labelling.cheapest(coverDual: duals) else { continue }
            let threshold = least + 30
            let listed = labelling.enumerate(coverDual: duals, threshold: threshold, limit: 40)
            let reference = try glpk.enumerate(employee: e, coverDual: duals, threshold: threshold, limit: 40, remaining: { 30 })
            for rota in listed.rotas {
                #expect(rota.pricedCost <= threshold + 1e-6)
                var roster = CurtoisRoster(for: instance)
                for (d, t) in rota.shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
                #expect(evaluator.evaluate(roster).violations.filter { $0.employee == e }.isEmpty)
            }
            guard listed.complete, reference.complete else { continue }
            #expect(Set(listed.rotas.map(\.shifts)) == Set(reference.columns.map(\.shifts)),
                    "random instance \(seed), employee \(e): \(listed.rotas.count) listed, GLPK \(reference.columns.count)")
        }
    }

    /// An employee who cannot meet their minimum minutes in the days they may work has no rota at all.
    @Test func anEmployeeWithNoLegalRotaIsInfeasible() throws {
        let amy = CurtoisFixtures.employee("Amy") { $0.minTotalMinutes = 480 * 3 }
        let instance = CurtoisFixtures.tiny(days: 7, amy: amy, daysOff: [[0, 1, 2, 3, 4], []])
        let labelling = try #require(CurtoisLabelling(instance, employee: 0))
        #expect(labelling.cheapest(coverDual: instance.cover.map { $0.map { _ in 0 } }) == .infeasible)
    }
}
