import LinearProgramming
import Workforce

/// Plans a month's rota: a greedy start that keeps every hard rule, then GLPK's branch and cut.
public struct RotaSolver: Sendable {
    public let options: RotaSolveOptions

    public init(options: RotaSolveOptions = RotaSolveOptions()) {
        self.options = options
    }

    public enum Failure: Error, CustomStringConvertible {
        case noSolution(status: TerminationStatus, rawStatus: String)

        public var description: String {
            switch self {
            case .noSolution(let status, let raw):
                "GLPK found no rota (\(status.rawValue): \(raw)). Try a longer --time-limit."
            }
        }
    }

    public func solve(_ instance: RotaInstance, progress: ((SolveProgress) -> Bool)? = nil) throws -> RotaSolution {
        let clock = ContinuousClock()
        let started = clock.now
        let model = RotaModelBuilder.build(instance)
        let solver = GLPKSolver()
        log("model built: \(model.linear.variableCount) variables, \(model.linear.constraintCount) rows", started, clock)

        var start: [Double]?
        if options.useGreedyStart {
            var greedy = GreedyConstruction(instance: instance, seed: options.seed)
            start = try startSolution(model, greedy.build(), solver: solver)
            log("greedy start: \(start.map { CSVNumber.format(model.linear.objectiveValue($0)) } ?? "rejected")", started, clock)
        }
        let deadline = started + .milliseconds(Int(options.timeLimit * 1000))
        let binaries = model.linear.variables.lazy.filter { $0.kind != .continuous }.count
        let large = options.useNeighbourhoodSearch && binaries > options.largeModelBinaries && options.iterations == nil
        var parameters = SolverParameters()
        let fullShare = options.useNeighbourhoodSearch ? options.fullModelShare : 1
        parameters.timeLimit = max(options.timeLimit * fullShare - elapsed(since: started, clock), 0.1)
        if options.iterations != nil {
            // Repeatable runs: a node limit, not the clock, ends the whole-model solve.
            parameters.nodeLimit = 200
            parameters.timeLimit = options.timeLimit
        }
        parameters.relativeGap = options.relativeGap
        parameters.startSolution = start
        parameters.verbose = options.glpkLog
        let result: SolveResult
        if large {
            // Too big for GLPK's branch and cut in the time: bound from the LP, rota from neighbourhood search.
            let budget = max(options.timeLimit * options.boundShare, 0.1)
            var relaxation = try solver.solveRelaxation(model.linear, timeLimit: budget, presolve: true)
            relaxation.values = nil
            relaxation.objective = nil
            result = relaxation
        } else {
            result = try solver.solve(model.linear, parameters: parameters, progress: progress)
        }
        log("\(large ? "LP relaxation" : "GLPK on the whole model"): \(result.status.rawValue), objective \(result.objective.map(CSVNumber.format) ?? "none"), bound \(result.bound.map(CSVNumber.format) ?? "none")", started, clock)
        // GLPK returns its incumbent; when it took none, the greedy start is still a rota.
        var values = result.values
        if values == nil || (start.map { model.linear.objectiveValue($0) } ?? .infinity) < (result.objective ?? .infinity) {
            values = start
        }
        guard var best = values else { throw Failure.noSolution(status: result.status, rawStatus: result.rawStatus) }
        var status = result.values == nil ? TerminationStatus.timeLimitWithSolution : result.status
        let rawStatus = large ? "LP bound: \(result.rawStatus); rota by neighbourhood search" : result.rawStatus
        var search: NeighbourhoodSearch?
        if options.useNeighbourhoodSearch && status != .optimal && !(status == .gapReached) {
            var neighbourhoods = NeighbourhoodSearch(model: model, seed: options.seed)
            if options.verbose { neighbourhoods.trace = { [self] in log($0, started, clock) } }
            best = try neighbourhoods.improve(best, until: deadline, maximumIterations: options.iterations)
            search = neighbourhoods
            log("neighbourhood search: \(neighbourhoods.improvements) improvements in \(neighbourhoods.iterations) tries, objective \(CSVNumber.format(model.linear.objectiveValue(best)))", started, clock)
        }
        let objective = model.linear.objectiveValue(best)
        let bound = result.bound.map { min($0, objective) }
        if let bound, status != .optimal, abs(objective - bound) <= options.relativeGap * max(abs(objective), 1) { status = .gapReached }
        return RotaSolution(
            rota: model.rota(from: best), status: status, rawStatus: rawStatus, objective: objective,
            bound: bound, seconds: elapsed(since: started, clock),
            penalties: model.penalties(best), startObjective: start.map { model.linear.objectiveValue($0) },
            fullModelObjective: result.objective, searchIterations: search?.iterations ?? 0,
            searchImprovements: search?.improvements ?? 0,
            modelSize: (model.linear.variableCount, model.linear.constraintCount, model.linear.nonZeroCount))
    }

    /// Writes the month's model in LP or MPS format, for glpsol or another solver.
    public func writeModel(_ instance: RotaInstance, to path: String, format: GLPKSolver.ExportFormat) throws {
        try GLPKSolver().write(RotaModelBuilder.build(instance).linear, to: path, format: format)
    }

    /// The full solution vector for a heuristic rota, or nil if it breaks the model (a bug to report).
    func startSolution(_ model: RotaModel, _ rota: PartialRota, solver: GLPKSolver) throws -> [Double]? {
        var integers: [Variable: Double] = [:]
        let instance = model.instance
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for (s, variable) in model.variables(a, day: d) {
                    integers[variable] = rota.shiftOn(a, d) == s ? 1 : 0
                }
            }
            for (d, variable) in model.restDay[a] {
                integers[variable] = rota.isRestDay(a, d) ? 1 : 0
            }
        }
        guard let values = try solver.completeSolution(model.linear, integerValues: integers),
              model.linear.largestViolation(of: values) == nil else { return nil }
        return values
    }

    /// With `--verbose`, says what each stage reached and when.
    private func log(_ message: @autoclosure () -> String, _ start: ContinuousClock.Instant, _ clock: ContinuousClock) {
        guard options.verbose else { return }
        print("[\(CSVNumber.format(elapsed(since: start, clock))) s] \(message())")
    }

    private func elapsed(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let duration = clock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
