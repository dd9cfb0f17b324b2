import HubGeneration
import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The rounding cuts (`Model/Rules/RoundingCuts.swift`): the LP relaxation learns that a month is
/// made of whole shifts, so its bound pays for the hours every rota must be under or over; where a
/// contract can be met exactly, no cut is added. December 2026: a full-time AMHP owes 155.4 hours.
@Suite struct RoundingCutsTests {
    /// The LP relaxation's objective of a hub's December model.
    static func relaxation(_ hub: Hub) throws -> Double {
        let model = ModelTests.model(hub)
        let result = try GLPKSolver().solveRelaxation(model.linear)
        return try #require(result.bound)
    }

    static func cuts(_ hub: Hub) -> [String] {
        ModelTests.model(hub).linear.constraints.map(\.name).filter { $0.contains("Rounding(") }
    }

    @Test func reachableTotalsAreTheSumsOfOneChoiceADay() {
        // Day 1: an 8-hour shift; day 2: 8 or 7.4 hours; day 3: nothing open.
        let totals = ReachableTotals(options: [[480], [480, 444], []])
        #expect((0...960).filter(totals.contains) == [0, 444, 480, 924, 960])
        #expect(totals.nearest(to: 900) == (below: 480, above: 924))
        #expect(totals.nearest(to: 961).above == nil)
        #expect(totals.nearest(to: 960) == (below: 960, above: 960))
    }

    @Test func contractInWholeShiftsRaisesTheBoundToTheRota() throws {
        // Amy owes 155.4 h in 8-hour shifts: 152 h is 3.4 under (1 an hour), 160 h is 4.6 over (2 an
        // hour). Without the cut the relaxation works 19.425 shifts and pays nothing; with it, 3.4,
        // which is the best rota's penalty.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 2 })
        #expect(Self.cuts(hub) == ["contractRounding(A)"])
        #expect(abs(try Self.relaxation(hub) - 3.4) < 1e-6)
        let (solution, _) = try ModelTests.solve(hub)
        #expect(abs(solution.objective - 3.4) < 1e-9)
    }

    @Test func nhsAgreementProRataRaisesTheBound() throws {
        // Nia offers 4 shifts and is away 15 days: she owes 4 × 16 / 31 = 2.06 shifts; 2 leave 0.06
        // under at 100 a shift, 3 are 0.94 over. The relaxation pays the 6.45 the best rota pays.
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      absences: [Absence(amhpID: "N1", kind: .annual, dates: DateRange(first: TestHubs.date(1), last: TestHubs.date(15))!)],
                      rules: TestHubs.rules { $0[.nhsShiftsUnder] = 100; $0[.nhsShiftsOver] = 100 })
        #expect(Self.cuts(hub) == ["nhsRounding(N1)"])
        #expect(abs(try Self.relaxation(hub) - 100 * (4.0 * 16 / 31 - 2)) < 1e-6)
    }

    @Test func noCutWhereTheContractCanBeMetExactly() throws {
        // Zero cases. Amy plans 3.4 h of TOIL back: 19 shifts (152 h) and the TOIL meet her 155.4 h.
        // Nia agrees 4 shifts a month and is never away: 4 is a whole number of shifts.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 4))],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      toil: [TOILPlan(amhpID: "A", balanceHours: 10, planBackHours: 3.4)],
                      rules: TestHubs.rules { $0[.contractedHoursUnder] = 1; $0[.contractedHoursOver] = 2 })
        #expect(Self.cuts(hub).isEmpty)
        #expect(abs(try Self.relaxation(hub)) < 1e-6)
    }

    /// Property: the cuts (the hours' and the fair shares') cut off no rota. Greedy rotas of generated
    /// hubs, built without a thought for the cuts, still complete to a solution of the model with them,
    /// priced as the checker prices them.
    @Test(arguments: [3, 8, 13, 21] as [UInt64])
    func cutsCutOffNoRota(seed: UInt64) throws {
        let month = Month("2027-03")!
        let instance = RotaInstance(hub: HubGenerator(amhpCount: 12, firstMonth: month, seed: seed).generate(), month: month)
        let model = RotaModelBuilder.build(instance)
        #expect(model.linear.constraints.contains { $0.name.hasPrefix("contractRounding(") }, "seed \(seed) has a cut to test")
        #expect(model.linear.constraints.contains { $0.name.contains("Rounding1") }, "seed \(seed) has a fair share's cut to test")
        #expect(model.linear.constraints.contains { $0.name.hasPrefix("contractMIR(") }, "seed \(seed) has an hours MIR cut to test")
        #expect(model.linear.constraints.contains { $0.name.contains("sMIR(") }, "seed \(seed) has a fair share's MIR cut to test")
        var greedy = GreedyConstruction(instance: instance, seed: seed)
        let partial = greedy.build()
        let rota = CoordinatorChoice.mark(partial.rota(), instance: instance)
        let values = try #require(try RotaSolver().startSolution(model, partial, solver: GLPKSolver()), "seed \(seed)")
        let checked = RotaChecker(hub: instance.hub, month: month).check(rota)
        #expect(abs(model.linear.objectiveValue(values) - checked.objective) < 1e-6, "seed \(seed)")
    }
}

/// The mixed-integer rounding cuts (`Model/Rules/MixedIntegerRoundingCuts.swift`) on each AMHP's hours
/// and fair shares.
@Suite struct MixedIntegerRoundingCutsTests {
    /// The model without the rows whose names contain `marker`.
    static func without(_ marker: String, _ model: LinearModel) -> LinearModel {
        var copy = LinearModel(name: model.name)
        for definition in model.variables {
            copy.addVariable(name: definition.name, kind: definition.kind, lowerBound: definition.lowerBound, upperBound: definition.upperBound)
        }
        for row in model.constraints where !row.name.contains(marker) {
            copy.addConstraint(row.expression, lowerBound: row.lowerBound, upperBound: row.upperBound, name: row.name)
        }
        copy.objective = model.objective
        return copy
    }

    @Test(arguments: [3, 8] as [UInt64])
    func cutsLiftTheRelaxationAndStayUnderTheRota(seed: UInt64) throws {
        let month = Month("2027-03")!
        let instance = RotaInstance(hub: HubGenerator(amhpCount: 12, firstMonth: month, seed: seed).generate(), month: month)
        let model = RotaModelBuilder.build(instance)
        let with = try #require(try GLPKSolver().solveRelaxation(model.linear).bound)
        let without = try #require(try GLPKSolver().solveRelaxation(Self.without("MIR(", model.linear)).bound)
        var options = RotaSolveOptions()
        options.iterations = 20
        options.timeLimit = 60
        let rota = try RotaSolver(options: options).solve(instance)
        #expect(with > without + 1, "seed \(seed): \(without) → \(with)")
        #expect(with <= rota.objective + 1e-6, "seed \(seed): relaxation \(with), rota \(rota.objective)")
    }

    @Test func aPoolOfOneWithoutAContractGetsNone() throws {
        // Zero case: Nia, an NHS AMHP alone in the nights pool, has the whole pool's share (every
        // night there is), which is whole; and she has no contracted hours to round.
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia", employment: .nhs(trust: "Trust", shiftsPerMonth: 8))],
                      shiftTypes: [TestHubs.night], coverRules: TestHubs.cover([TestHubs.night], minimum: 1, target: 1),
                      rules: TestHubs.rules { $0[.unfairNights] = 10 })
        let names = ModelTests.model(hub).linear.constraints.map(\.name)
        #expect(names.contains { $0.hasPrefix("nightsShare(") })
        #expect(!names.contains { $0.contains("MIR(") })
    }
}

/// The fair shares' rounding cuts (`FairShareEnvelope`): whole counts cannot meet fractional shares,
/// so every reachable pool total has a least distance from its shares that the relaxation must pay.
@Suite struct FairShareEnvelopeTests {
    typealias Member = FairShareEnvelope.Member

    /// Every way of giving the members whole counts within their bounds that add up to `total`.
    static func bruteForce(_ members: [Member], total: Int) -> Double? {
        func best(_ rest: ArraySlice<Member>, _ left: Int) -> Double? {
            guard let first = rest.first else { return left == 0 ? 0 : nil }
            return (first.least...first.most).compactMap { count -> Double? in
                guard let others = best(rest.dropFirst(), left - count) else { return nil }
                return others + abs(Double(count) - first.ratio * Double(total))
            }.min()
        }
        return best(members[...], total)
    }

    @Test func amyBenAndCaraCannotSplitSevenNightsEvenly() {
        // Shares 40%, 35% and 25% of 7 nights are 2.8, 2.45 and 1.75: the best whole split is 3, 2 and 2
        // (0.2 + 0.45 + 0.25 = 0.9), where the relaxation meets every share exactly.
        let envelope = FairShareEnvelope(members: [Member(ratio: 0.4, least: 0, most: 5), Member(ratio: 0.35, least: 0, most: 5),
                                                   Member(ratio: 0.25, least: 0, most: 5)])
        #expect(abs(envelope.wholeDistance(total: 7) - 0.9) < 1e-9)
        #expect(abs(envelope.realDistance(total: 7)) < 1e-9)
        // Amy has 4 from history (her fewest): of 7, she is 1.2 above her share and the other 3 go
        // to Ben and Cara, 2 and 1 (0.45 + 0.75), or 1 and 2 (1.45 + 0.25): 2.4 in all.
        let history = FairShareEnvelope(members: [Member(ratio: 0.4, least: 4, most: 9), Member(ratio: 0.35, least: 0, most: 5),
                                                  Member(ratio: 0.25, least: 0, most: 5)])
        #expect(abs(history.wholeDistance(total: 7) - 2.4) < 1e-9)
        #expect(abs(history.realDistance(total: 7) - 2.4) < 1e-9)
    }

    @Test func equalSharesOfEveryThirdTotalGiveNoCut() {
        // Zero case: with three equal shares every third total is met exactly, so the lower hull
        // is 0 everywhere and no cut is added.
        let envelope = FairShareEnvelope(members: Array(repeating: Member(ratio: 1.0 / 3, least: 0, most: 10), count: 3))
        #expect(abs(envelope.wholeDistance(total: 4) - 4.0 / 3) < 1e-9)
        #expect(envelope.facets().isEmpty)
    }

    /// Property, on random pools: the least distance is the brute force's, and no facet is above the
    /// least distance at any reachable total, so the cuts cut off no rota.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func facetsAreBelowEveryReachableTotal(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let weights = (0..<Int.random(in: 2...4, using: &random)).map { _ in Double.random(in: 0.2...2, using: &random) }
        let members = weights.map { weight in
            let least = Int.random(in: 0...4, using: &random)
            return Member(ratio: weight / weights.reduce(0, +), least: least, most: least + Int.random(in: 0...5, using: &random))
        }
        // Half the pools have their total capped below their members' own most, as cover's maximum does.
        let most = members.reduce(0) { $0 + $1.most }, least = members.reduce(0) { $0 + $1.least }
        let limit = seed.isMultiple(of: 2) ? Int.random(in: least...most, using: &random) : nil
        let envelope = FairShareEnvelope(members: members, totalLimit: limit)
        #expect(envelope.totals == least...(limit ?? most))
        let facets = envelope.facets(margin: 0)
        for total in envelope.totals {
            let exact = Self.bruteForce(members, total: total) ?? .infinity
            #expect(abs(envelope.wholeDistance(total: total) - exact) < 1e-9, "seed \(seed), total \(total)")
            #expect(envelope.realDistance(total: total) <= exact + 1e-9, "seed \(seed), total \(total)")
            for facet in facets { #expect(facet.value(at: total) <= exact + 1e-9, "seed \(seed), total \(total)") }
        }
    }
}
