import LinearProgramming
import Testing
import Workforce
@testable import Curtois

/// Property tests on small random instances of the benchmark's format, solved exactly by GLPK for
/// comparison: column generation's bound never passes the optimum, complete reduced-cost enumeration
/// lets the master MIP find the optimum, and the whole solver (start, column generation, rounding, dive,
/// pooled MIP, enumeration, search) never returns a roster with a hard violation.
@Suite(.serialized)
struct CurtoisRandomInstanceTests {
    /// An instance of 3 to 5 employees over 7 or 14 days, 2 or 3 shifts, with random limits, fixed days
    /// off, requests and cover. Minimum minutes 0 keeps every instance feasible (everyone off).
    static func randomInstance(seed: UInt64) -> CurtoisInstance {
        var generator = SeededGenerator(seed: seed)
        let days = [7, 14].randomElement(using: &generator)!
        let shiftCount = Int.random(in: 2...3, using: &generator)
        let shifts = (0..<shiftCount).map { t in
            CurtoisInstance.Shift(id: ["E", "L", "N"][t], minutes: [480, 480, 600][t],
                                  cannotFollow: t == 2 ? [] : (t == 1 ? [0] : []))
        }
        let employees = (0..<Int.random(in: 3...5, using: &generator)).map { e in
            CurtoisInstance.Employee(
                id: "P\(e)", maxShifts: (0..<shiftCount).map { _ in Int.random(in: 0...days, using: &generator) },
                maxTotalMinutes: 480 * Int.random(in: 2...days, using: &generator), minTotalMinutes: 0,
                maxConsecutiveShifts: Int.random(in: 2...5, using: &generator),
                minConsecutiveShifts: Int.random(in: 1...2, using: &generator),
                minConsecutiveDaysOff: Int.random(in: 1...2, using: &generator),
                maxWeekends: Int.random(in: 0...(days / 7), using: &generator))
        }
        let daysOff = employees.map { _ in Set((0..<days).filter { _ in Int.random(in: 0..<8, using: &generator) == 0 }) }
        func requests(_ count: Int) -> [CurtoisInstance.Request] {
            (0..<count).map { _ in
                CurtoisInstance.Request(employee: Int.random(in: 0..<employees.count, using: &generator),
                                        day: Int.random(in: 0..<days, using: &generator),
                                        shift: Int.random(in: 0..<shiftCount, using: &generator),
                                        weight: Int.random(in: 1...3, using: &generator))
            }
        }
        let onRequests = requests(Int.random(in: 0...6, using: &generator))
        let offRequests = requests(Int.random(in: 0...6, using: &generator))
        let cover = (0..<days).map { _ in
            (0..<shiftCount).map { _ in
                CurtoisInstance.Cover(requirement: Int.random(in: 0...2, using: &generator), underWeight: 100, overWeight: 1)
            }
        }
        return CurtoisInstance(name: "random-\(seed)", dayCount: days, shifts: shifts, employees: employees,
                               daysOff: daysOff, onRequests: onRequests, offRequests: offRequests, cover: cover)
    }

    @Test(arguments: 1...12)
    func boundNeverPassesTheOptimumAndEveryRosterIsValid(seed: UInt64) throws {
        let instance = Self.randomInstance(seed: seed)
        let model = CurtoisModelBuilder.build(instance)
        var exact = SolverParameters()
        exact.relativeGap = 0
        exact.timeLimit = 60
        let optimum = try GLPKSolver().solve(model.linear, parameters: exact)
        try #require(optimum.status == .optimal, "GLPK did not solve random instance \(seed): \(optimum.rawStatus)")
        let best = try #require(optimum.objective)

        var generation = CurtoisColumnGeneration(instance: instance)
        generation.add(CurtoisRoster(for: instance))
        try generation.run(remaining: { 60 }, maxRounds: 500, log: nil)
        #expect(generation.converged)
        let bound = try #require(generation.bound)
        #expect(bound <= best + 1e-6, "instance \(seed): bound \(bound) above the optimum \(best)")

        // Every rota of a roster better than optimum + 1 (so of every optimal roster) lies within the gap
        // of its employee's least priced cost: after complete enumeration the master MIP finds the optimum.
        // (A wide gap on a tiny instance can mean thousands of rotas: then the check is skipped.)
        let complete = try generation.enumerateImproving(below: Int(best.rounded()) + 1, limit: 60,
                                                         remaining: { 60 }, log: nil)
        if complete {
            let pooled = try generation.bestPooled(start: CurtoisRoster(for: instance), timeLimit: 60, nodeLimit: nil)
            #expect(pooled.optimal)
            let pooledValues = try #require(pooled.roster.flatMap { model.values(for: $0) })
            #expect(abs(model.linear.objectiveValue(pooledValues) - best) < 1e-6, "instance \(seed): pooled optimum differs from GLPK's")
        }

        var options = CurtoisSolveOptions()
        options.timeLimit = 30
        options.iterationLimit = 10
        options.seed = seed
        let report = try CurtoisBenchmark.run(instance, options: options)
        #expect(report.hardViolations.isEmpty, "instance \(seed): \(report.hardViolations)")
        #expect(report.objective == report.solverObjective)
        #expect(Double(report.objective) >= best - 1e-6)
        #expect(report.objective >= report.bound ?? 0)
        #expect(Double(report.bound ?? 0) <= best + 1e-6)
    }
}
