import Foundation
import Testing
@testable import LinearProgramming

/// Conformance suite: small MIPs whose answers are known by hand.
@Suite struct GLPKSolverTests {
    /// Knapsack: values 10, 13, 7, 8; weights 5, 6, 3, 4; capacity 10. Pairs that fit: 1+3 (17),
    /// 1+4 (18), 2+3 (20), 2+4 (21), 3+4 (15); no triple fits. The optimum is 21, minimised as −value.
    func knapsack() -> (LinearModel, [Variable]) {
        var model = LinearModel(name: "knapsack")
        let items = (0..<4).map { model.addVariable(name: "take\($0)", kind: .binary) }
        let values: [Double] = [10, 13, 7, 8], weights: [Double] = [5, 6, 3, 4]
        var weight = LinearExpression()
        for (item, w) in zip(items, weights) { weight.add(item, w) }
        model.addConstraint(weight, atMost: 10, name: "capacity")
        for (item, v) in zip(items, values) { model.objective.add(item, -v) }
        return (model, items)
    }

    @Test func optimalKnapsack() throws {
        let (model, items) = knapsack()
        let result = try GLPKSolver().solve(model)
        #expect(result.status == .optimal)
        #expect(result.objective == -21)
        #expect(result.bound == -21)
        #expect(result.values.map { v in items.map { v[$0.index] } } == [0, 1, 0, 1])
        #expect(model.largestViolation(of: result.values!) == nil)
    }

    @Test func optimalWithoutPresolve() throws {
        let (model, _) = knapsack()
        var parameters = SolverParameters()
        parameters.presolve = false
        #expect(try GLPKSolver().solve(model, parameters: parameters).objective == -21)
    }

    @Test func infeasibleModel() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .binary)
        let y = model.addVariable(name: "y", kind: .binary)
        model.addConstraint(LinearExpression.sum([x, y]), atLeast: 3, name: "impossible")
        let result = try GLPKSolver().solve(model)
        #expect(result.status == .infeasible)
        #expect(result.values == nil)
    }

    @Test func integerInfeasibleButLPFeasible() throws {
        // 2x = 1 has the LP solution x = 0.5 but no integer one.
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: 0, upperBound: 5)
        model.addConstraint(LinearExpression(x, 2), equalTo: 1, name: "odd")
        #expect(try GLPKSolver().solve(model).status == .infeasible)
        var parameters = SolverParameters()
        parameters.presolve = false
        #expect(try GLPKSolver().solve(model, parameters: parameters).status == .infeasible)
    }

    @Test func unboundedRelaxation() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: 0, upperBound: .infinity)
        model.objective = LinearExpression(x, -1)
        var parameters = SolverParameters()
        parameters.presolve = false
        #expect(try GLPKSolver().solve(model, parameters: parameters).status == .unbounded)
    }

    @Test func startSolutionIsAccepted() throws {
        let (model, _) = knapsack()
        var parameters = SolverParameters()
        parameters.startSolution = [1, 0, 0, 1] // value 18, feasible (weight 9)
        parameters.timeLimit = 5
        let result = try GLPKSolver().solve(model, parameters: parameters)
        #expect(result.objective == -21)
        #expect(result.startSolutionAccepted == true)
    }

    @Test func stopFromProgressKeepsIncumbent() throws {
        let (model, _) = knapsack()
        var parameters = SolverParameters()
        parameters.startSolution = [1, 0, 0, 1]
        let result = try GLPKSolver().solve(model, parameters: parameters) { _ in false }
        #expect(result.status == .interrupted)
    }

    @Test func wrongStartSolutionLengthIsRejectedBeforeGLPK() throws {
        let (model, _) = knapsack()
        var parameters = SolverParameters()
        parameters.startSolution = [1, 0]
        #expect(throws: ModelError(.solutionLength(expected: 4, got: 2))) {
            try GLPKSolver().solve(model, parameters: parameters)
        }
    }

    @Test func timeLimitOnAHardModel() throws {
        // A market-split-like equality knapsack: hard for branch and bound, so 0.2 s is not enough to prove.
        var model = LinearModel()
        let weights: [Double] = [12228, 36679, 36682, 48908, 61139, 73365, 85591, 97817, 110043, 122269,
                                 134495, 146721, 158947, 171173, 183399, 195625, 207851, 220077, 232303, 244529,
                                 256755, 268981, 281207, 293433, 305659, 317885, 330111, 342337, 354563, 366789]
        let items = weights.indices.map { model.addVariable(name: "z\($0)", kind: .binary) }
        var total = LinearExpression()
        for (item, w) in zip(items, weights) { total.add(item, w) }
        model.addConstraint(total, equalTo: 2_000_001, name: "split")
        var parameters = SolverParameters()
        parameters.timeLimit = 0.2
        parameters.feasibilityPump = false
        let result = try GLPKSolver().solve(model, parameters: parameters)
        // Only the limit ends it: proving it infeasible takes branch and bound far longer (no clock is read here).
        #expect([.timeLimitNoSolution, .timeLimitWithSolution].contains(result.status), "\(result.status)")
    }

    /// Property: a search stopped early, even inside the root's rounds of cuts (where the bound is the
    /// root LP with the cuts so far), reports a bound between the LP relaxation's and the optimum.
    /// Random covering problems with general weights, Gomory's cuts on, a start solution given.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func boundsOfSearchesStoppedEarlyNeverPassTheOptimum(seed: UInt64) throws {
        var random = SeededTestRandom(seed)
        var model = LinearModel(name: "cover")
        let items = (0..<24).map { model.addVariable(name: "x\($0)", kind: .binary) }
        var objective = LinearExpression()
        for item in items { objective.add(item, Double(random.next(in: 3...40))) }
        model.objective = objective
        for row in 0..<30 {
            var (covering, most) = (LinearExpression(), 0)
            for item in items where random.next(in: 0...3) == 0 {
                let weight = random.next(in: 1...9)
                covering.add(item, Double(weight))
                most += weight
            }
            // At most what the row's items can give, so every row can be met.
            model.addConstraint(covering, atLeast: Double(min(random.next(in: 4...12), most)), name: "need\(row)")
        }
        let exact = try GLPKSolver().solve(model)
        let relaxed = try GLPKSolver().solveRelaxation(model)
        #expect(exact.status == .optimal)
        let optimum = try #require(exact.objective), lp = try #require(relaxed.objective)
        #expect(lp < optimum - 1e-6, "seed \(seed): the relaxation is fractional, so cuts have work to do")
        for nodeLimit in [1, 2, 3, 5, 8] {
            var parameters = SolverParameters()
            parameters.gomoryCuts = true
            parameters.nodeLimit = nodeLimit
            parameters.startSolution = Array(repeating: 1, count: items.count)
            let stopped = try GLPKSolver().solve(model, parameters: parameters)
            let bound = try #require(stopped.bound, "seed \(seed), node limit \(nodeLimit)")
            #expect(bound <= optimum + 1e-6 && bound >= lp - 1e-6, "seed \(seed), node limit \(nodeLimit): \(lp) ≤ \(bound) ≤ \(optimum)")
        }
    }

    @Test func relaxationGivesLowerBound() throws {
        let (model, _) = knapsack()
        let relaxed = try GLPKSolver().solveRelaxation(model)
        #expect(relaxed.status == .optimal)
        // LP: ratios 2.17 (item 2), 2.33 (item 3), 2 (items 1, 4): take item 3, item 2 and 1/5 of item 1: −22.
        #expect(abs(relaxed.objective! - (-22)) < 1e-9)
    }

    @Test func validationCatchesBadModels() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", lowerBound: 2, upperBound: 1)
        #expect(throws: ModelError.self) { try model.validate() }
        var other = LinearModel()
        let y = other.addVariable(name: "y")
        other.addConstraint(LinearExpression(y, .nan), atMost: 1, name: "nan")
        #expect(throws: ModelError.self) { try other.validate() }
        var third = LinearModel()
        third.addConstraint(LinearExpression(x, 1), atMost: 1, name: "foreign")
        #expect(throws: ModelError.self) { try GLPKSolver().solve(third) }
    }

    @Test func repeatedTermsAreMerged() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: 0, upperBound: 10)
        var expression = LinearExpression(x, 1)
        expression.add(x, 2)
        model.addConstraint(expression, atMost: 9, name: "threeX")
        model.objective = LinearExpression(x, -1)
        #expect(try GLPKSolver().solve(model).objective == -3)
    }

    @Test func exportsLPAndMPS() throws {
        let (model, _) = knapsack()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lp-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lp = folder.appendingPathComponent("k.lp").path
        let mps = folder.appendingPathComponent("k.mps").path
        try GLPKSolver().write(model, to: lp, format: .lp)
        try GLPKSolver().write(model, to: mps, format: .mps)
        let text = try String(contentsOfFile: lp, encoding: .utf8)
        #expect(text.contains("capacity"))
        #expect(text.contains("take2"))
        #expect(FileManager.default.fileExists(atPath: mps))
    }
}

/// A small seeded generator for the tests' random models.
struct SeededTestRandom {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return range.lowerBound + Int(state % UInt64(range.count))
    }
}
