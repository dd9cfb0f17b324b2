import LinearProgramming
import RotaCheck
import Workforce

/// Plans a month's rota in three stages (docs/model.md, "How the solver works"): a greedy start
/// that keeps every hard rule; GLPK's branch and cut on the whole model (or, for a model too large
/// for that, its LP relaxation for the bound); then large-neighbourhood search until the time limit.
public struct RotaSolver: Sendable {
    public let options: RotaSolveOptions

    public init(options: RotaSolveOptions = RotaSolveOptions()) {
        self.options = options
    }

    public enum Failure: Error, CustomStringConvertible {
        case noSolution(status: TerminationStatus, rawStatus: String)
        /// The month has more AMHP-day-shift cells than the solver takes on: refused before the model
        /// is built, since building and searching it would run far past any time limit.
        case modelTooLarge(cells: Int, limit: Int, amhps: Int)
        /// Pins (with a re-plan's fixed past) that break a hard rule: refused before the model is built.
        case pinsRefused([Violation])

        public var description: String {
            switch self {
            case .noSolution(let status, let raw):
                "GLPK found no rota (\(status.rawValue): \(raw)). Try a longer --time-limit."
            case .modelTooLarge(let cells, let limit, let amhps):
                "The month is too large to plan: \(amhps) AMHPs × days × shift types make \(cells) cells, and the solver takes at most "
                    + "\(limit). Fix: check amhps.csv and shifts.csv for rows repeated by mistake, or plan the hub as several teams."
            case .pinsRefused(let violations):
                "The pins break hard rules, so no rota can keep them:\n" + violations.map { "  - \($0.rule): \($0.message)" }.joined(separator: "\n")
                    + "\nFix: remove or change these pins (or correct the absence or rota they clash with)."
            }
        }
    }

    /// Refuses a month too large to plan (`RotaSolveOptions.maximumCells`), before even the
    /// instance is built (which itself takes a minute for 5,000 AMHPs).
    public func checkSize(of hub: Hub, month: Month) throws {
        try checkSize(amhps: hub.amhps.count, days: month.dayCount, shifts: hub.shiftTypes.count)
    }

    func checkSize(amhps: Int, days: Int, shifts: Int) throws {
        let cells = amhps * days * shifts
        guard cells <= options.maximumCells else {
            throw Failure.modelTooLarge(cells: cells, limit: options.maximumCells, amhps: amhps)
        }
    }

    public func solve(_ instance: RotaInstance, progress: ((SolveProgress) -> Bool)? = nil) throws -> RotaSolution {
        try checkSize(amhps: instance.amhps.count, days: instance.dayCount, shifts: instance.shifts.count)
        try checkPins(instance)
        let clock = SolveClock(timeLimit: options.timeLimit, verbose: options.verbose, observer: options.observer)
        let model = RotaModelBuilder.build(instance)
        clock.log("model built: \(model.linear.variableCount) variables, \(model.linear.constraintCount) rows", phase: .model)

        let greedy = try greedyStart(model)
        let greedyObjective = greedy.map { model.linear.objectiveValue($0) }
        clock.log("greedy start: \(greedyObjective.map(CSVNumber.format) ?? "rejected")", phase: .greedy, incumbent: greedyObjective,
                  breaches: greedy.map(model.softBreaches))

        let large = onTheClock
            && model.linear.variables.lazy.filter { $0.kind != .continuous }.count > options.largeModelBinaries
        // On the clock, the LP relaxation comes first: a large model's bound, and for every model a
        // start nearer the best than the greedy one, once RENS rounds it. A large model's LP starts from
        // the greedy rota's basis, which skips the simplex's phase 1 (docs/model.md, stage 2).
        let relaxation = onTheClock ? try relaxationBound(model, share: large ? options.largeModelBoundShare : options.boundShare,
                                                          start: large ? greedy : nil) : nil
        let rounded = try relaxation.flatMap { try round($0, model, clock: clock, against: greedyObjective) }
        let start = Self.better(rounded?.values, objective: rounded?.objective, than: greedy, in: model)
        let startObjective = start.map { model.linear.objectiveValue($0) }

        var whole: SolveResult
        if large, let relaxation {
            whole = relaxation
            whole.values = nil
            whole.objective = nil
        } else {
            whole = try wholeModel(model, start: start, clock: clock, progress: observed(progress, clock: clock))
            // GLPK's bound is at least the relaxation's, unless it stopped before its root LP.
            if let lp = relaxation?.bound { whole.bound = max(whole.bound ?? lp, lp) }
        }
        clock.log("\(large ? "LP relaxation" : "GLPK on the whole model"): \(whole.status.rawValue), objective \(whole.objective.map(CSVNumber.format) ?? "none"), bound \(whole.bound.map(CSVNumber.format) ?? "none")",
                  phase: .branchAndCut, incumbent: whole.objective.map { min($0, startObjective ?? $0) } ?? startObjective, bound: whole.bound,
                  breaches: Self.better(whole.values, objective: whole.objective, than: start, in: model).map(model.softBreaches))

        let rootRounded = try roundRootLP(of: whole, model, clock: clock)
        // GLPK returns its incumbent; when it has none (or a worse one), the start is still a rota.
        let best = Self.better(rootRounded?.values, objective: rootRounded?.objective,
                               than: Self.better(whole.values, objective: whole.objective, than: start, in: model), in: model)
        guard var values = best else { throw Failure.noSolution(status: whole.status, rawStatus: whole.rawStatus) }
        var status = whole.values == nil ? TerminationStatus.timeLimitWithSolution : whole.status

        var search: NeighbourhoodSearch?
        if options.useNeighbourhoodSearch && status != .optimal && status != .gapReached {
            var neighbourhoods = NeighbourhoodSearch(model: model, seed: options.seed)
            if options.verbose { neighbourhoods.trace = { clock.log($0) } }
            let bound = whole.bound
            values = try neighbourhoods.improve(values, until: clock.deadline, maximumIterations: options.iterations,
                                                reached: options.observer.map { observer in
                { values in
                    observer(RotaProgress(elapsed: clock.elapsed, phase: .search, incumbent: model.linear.objectiveValue(values), bound: bound,
                                          breaches: model.softBreaches(values)))
                }
            })
            search = neighbourhoods
            clock.log("neighbourhood search: \(neighbourhoods.improvements) improvements in \(neighbourhoods.iterations) tries, objective \(CSVNumber.format(model.linear.objectiveValue(values)))",
                      phase: .search, incumbent: model.linear.objectiveValue(values), bound: whole.bound, breaches: model.softBreaches(values))
        }

        let objective = model.linear.objectiveValue(values)
        if options.verbose {
            let parts = model.penalties(values).filter { $0.value > 1e-6 }.sorted { $0.value > $1.value }
            clock.log("objective by rule: " + parts.map { "\($0.key.rawValue) \(CSVNumber.format($0.value))" }.joined(separator: ", "))
        }
        let bound = whole.bound.map { min($0, objective) }
        if let bound, status != .optimal, abs(objective - bound) <= options.relativeGap * max(abs(objective), 1) { status = .gapReached }
        return RotaSolution(
            rota: model.rota(from: values), status: status,
            rawStatus: large ? "LP bound: \(whole.rawStatus); rota by neighbourhood search" : whole.rawStatus,
            objective: objective, bound: bound, seconds: clock.elapsed, penalties: model.penalties(values),
            startObjective: greedyObjective, fullModelObjective: whole.objective,
            searchIterations: search?.iterations ?? 0, searchImprovements: search?.improvements ?? 0,
            modelSize: (model.linear.variableCount, model.linear.constraintCount, model.linear.nonZeroCount))
    }

    /// GLPK's rota, unless the greedy start is better than GLPK's objective (or GLPK has none).
    static func better(_ found: [Double]?, objective: Double?, than start: [Double]?, in model: RotaModel) -> [Double]? {
        if let start, model.linear.objectiveValue(start) < (objective ?? .infinity) { return start }
        return found
    }

    /// Refuses pins (and a re-plan's fixed past) that break a hard rule, by the independent checker,
    /// before the model is built.
    public func checkPins(_ instance: RotaInstance) throws {
        guard !instance.fixing.pins.isEmpty || instance.baseline != nil else { return }
        let refusals = PinCheck.refusals(pins: instance.fixing.pins, baseline: instance.baseline, hub: instance.hub, month: instance.month)
        guard refusals.isEmpty else { throw Failure.pinsRefused(refusals) }
    }

    /// The caller's GLPK progress closure, also handing each snapshot to `options.observer` (the
    /// elapsed time counted from the start of the whole solve).
    private func observed(_ progress: ((SolveProgress) -> Bool)?, clock: SolveClock) -> ((SolveProgress) -> Bool)? {
        guard let observer = options.observer else { return progress }
        return { snapshot in
            observer(RotaProgress(elapsed: clock.elapsed, phase: .branchAndCut, incumbent: snapshot.objective, bound: snapshot.bound))
            return progress?(snapshot) ?? true
        }
    }

    /// Writes the month's model in LP or MPS format, for glpsol or another solver.
    public func writeModel(_ instance: RotaInstance, to path: String, format: GLPKSolver.ExportFormat) throws {
        try GLPKSolver().write(RotaModelBuilder.build(instance).linear, to: path, format: format)
    }

    private func greedyStart(_ model: RotaModel) throws -> [Double]? {
        guard options.useGreedyStart else { return nil }
        var greedy = GreedyConstruction(instance: model.instance, seed: options.seed)
        return try startSolution(model, greedy.build(), solver: GLPKSolver())
    }

    /// GLPK's branch and cut on the whole model, from the greedy start, for its share of the time.
    private func wholeModel(_ model: RotaModel, start: [Double]?, clock: SolveClock,
                            progress: ((SolveProgress) -> Bool)?) throws -> SolveResult {
        var parameters = SolverParameters()
        let share = options.useNeighbourhoodSearch ? options.fullModelShare : 1
        // Its own share, counted from now: the relaxation and its rounding have had theirs.
        parameters.timeLimit = max(min(options.timeLimit * share, clock.remaining), 0.1)
        if options.iterations != nil {
            // Repeatable runs: a node limit, not the clock, ends the whole-model solve.
            parameters.nodeLimit = 200
            parameters.timeLimit = options.timeLimit
        }
        parameters.relativeGap = options.relativeGap
        parameters.startSolution = start
        parameters.verbose = options.glpkLog
        // Gomory's cuts on the whole model raise its bound (the demo hub's from 2,750 to 2,833 at the
        // root); in the search's many small sub-solves they would cost more than they save.
        parameters.gomoryCuts = true
        parameters.recordsRootSolution = onTheClock
        return try GLPKSolver().solve(model.linear, parameters: parameters, progress: progress)
    }

    /// The LP relaxation (with presolve, or from `start` where a basis can be built there), for its bound
    /// and for RENS to round; its share of the time.
    private func relaxationBound(_ model: RotaModel, share: Double, start: [Double]?) throws -> SolveResult {
        try GLPKSolver().solveRelaxation(model.linear, timeLimit: max(options.timeLimit * share, 0.1), presolve: true,
                                         cutsWhenBroken: true, start: start)
    }

    /// The relaxation rounded into a rota by RENS, if it has values and GLPK finds one in its share of
    /// the time; `--verbose` shows first where the relaxation's bound is loose, rule by rule.
    private func round(_ relaxation: SolveResult, _ model: RotaModel, clock: SolveClock,
                       against greedyObjective: Double?) throws -> RelaxationRounding.Outcome? {
        guard let values = relaxation.values else { return nil }
        if options.verbose {
            let parts = model.penalties(values).filter { abs($0.value) > 1e-6 }.sorted { $0.value > $1.value }
            let what = relaxation.status == .timeLimitWithSolution
                ? "LP point where the clock stopped the simplex \(CSVNumber.format(relaxation.objective ?? 0)) "
                    + "(bound from its duals \(relaxation.bound.map(CSVNumber.format) ?? "none"))"
                : "LP relaxation \(relaxation.bound.map(CSVNumber.format) ?? "none")"
            clock.log("\(what) by rule: "
                      + parts.map { "\($0.key.rawValue) \(CSVNumber.format($0.value))" }.joined(separator: ", "))
        }
        return try rens(around: values, model, clock: clock, what: "relaxation", incumbent: greedyObjective, bound: relaxation.bound)
    }

    /// RENS again, on the root LP with GLPK's cuts (and ours) when branch and cut stopped short: that LP
    /// is nearer whole, and rounds far better (the demo hub's December: 3,212 in 3 s, where GLPK's
    /// own search had not moved from the plain relaxation's rounding, 3,528.6). On the clock only.
    private func roundRootLP(of whole: SolveResult, _ model: RotaModel, clock: SolveClock) throws -> RelaxationRounding.Outcome? {
        // Recorded only on the clock (`recordsRootSolution`), so repeatable runs never get here.
        guard let values = whole.rootCutValues, whole.status != .optimal, whole.status != .gapReached else { return nil }
        return try rens(around: values, model, clock: clock, what: "root LP with cuts", incumbent: whole.objective, bound: whole.bound)
    }

    /// RENS around `values` for its share of the time, logged as `what` rounded, beside the best rota so far.
    private func rens(around values: [Double], _ model: RotaModel, clock: SolveClock, what: String,
                      incumbent: Double?, bound: Double?) throws -> RelaxationRounding.Outcome? {
        let rounded = try RelaxationRounding(model: model).solve(around: values, timeLimit: min(options.timeLimit * options.roundingShare,
                                                                                                 clock.remaining))
        if let rounded {
            clock.log("\(what) rounded (RENS): \(rounded.status.rawValue), objective \(rounded.objective.map(CSVNumber.format) ?? "none") "
                      + "with \(rounded.freeBinaries) of \(rounded.binaries) binaries free, in \(CSVNumber.format(rounded.seconds)) s",
                      phase: .branchAndCut, incumbent: [rounded.objective, incumbent].compactMap { $0 }.min(), bound: bound)
        }
        return rounded
    }

    /// Whether the stages that only a run on the clock has (relaxation, RENS, a large model's LP bound) run:
    /// with `--iterations` a run must repeat exactly, and without the search there is nothing to start.
    private var onTheClock: Bool { options.useNeighbourhoodSearch && options.iterations == nil }

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
            if let variable = model.worksNights[a] { integers[variable] = rota.nightCounts[a] > 0 ? 1 : 0 }
        }
        guard let values = try solver.completeSolution(model.linear, integerValues: integers),
              model.linear.largestViolation(of: values) == nil else { return nil }
        return values
    }
}
