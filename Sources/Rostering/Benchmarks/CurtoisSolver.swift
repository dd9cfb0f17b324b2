import Foundation
import LinearProgramming

/// Solves a Curtois instance within a time limit by large-neighbourhood search on the benchmark's MIP.
///
/// 1. Bound: the full model's LP relaxation, rounded up (the objective is a whole number).
/// 2. Start: employees one at a time, in a seeded order, each given their best rota by GLPK with
///    everyone else fixed (the hard constraints are all per employee, so each step keeps them).
/// 3. Search: repeatedly free a group of employees, or a window of days for a group, fix the rest,
///    and re-solve that subproblem with GLPK from the current roster; keep what is no worse.
public struct CurtoisSolver: Sendable {
    public let options: CurtoisSolveOptions

    public init(options: CurtoisSolveOptions = CurtoisSolveOptions()) {
        self.options = options
    }

    public enum Failure: Error, CustomStringConvertible {
        /// No rota for this employee keeps the hard constraints (or GLPK found none in its limits).
        case noRosterForEmployee(String, rawStatus: String)

        public var description: String {
            switch self {
            case .noRosterForEmployee(let id, let raw):
                "GLPK found no roster for employee \(id) that keeps the hard constraints (\(raw))."
            }
        }
    }

    public func solve(_ instance: CurtoisInstance) throws -> CurtoisSolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double {
            let duration = clock.now - started
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        var search = Search(model: CurtoisModelBuilder.build(instance), options: options)

        let boundLimit = options.boundTimeLimit ?? min(options.timeLimit / 12, 5)
        let relaxation = try GLPKSolver().solveRelaxation(search.model.linear, timeLimit: boundLimit)
        let bound = relaxation.objective.map { Int(($0 - 1e-6).rounded(.up)) }
        options.log?("bound \(bound.map(String.init) ?? "none") after \(Self.format(elapsed())) s")

        try search.constructStart(remaining: { options.timeLimit - elapsed() })
        let startObjective = search.objective
        var history = [(seconds: elapsed(), objective: startObjective)]
        options.log?("start \(startObjective) after \(Self.format(elapsed())) s")

        var iterations = 0, improvements = 0
        while elapsed() < options.timeLimit, iterations < (options.iterationLimit ?? .max) {
            if let bound, search.objective <= bound { break }
            iterations += 1
            let before = search.objective
            try search.improve(remaining: options.timeLimit - elapsed())
            if search.objective < before {
                improvements += 1
                history.append((elapsed(), search.objective))
                options.log?("\(search.objective) at \(Self.format(elapsed())) s, iteration \(iterations), \(search.lastKind), size \(Int(search.neighbourhood.size))")
            }
        }
        return CurtoisSolveResult(roster: search.model.roster(from: search.values), objective: search.objective,
                                  startObjective: startObjective, bound: bound, seconds: elapsed(),
                                  iterations: iterations, improvements: improvements, history: history)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }
}

extension CurtoisSolver {
    /// The state of one search: the model, the current solution and the random and size choices.
    struct Search {
        let model: CurtoisModel
        let options: CurtoisSolveOptions
        let index: CurtoisSubproblem.RowIndex
        let solver = GLPKSolver()
        var values: [Double]
        var objective: Int
        var generator: SeededGenerator
        var neighbourhood: CurtoisNeighbourhood
        var lastKind = CurtoisNeighbourhood.Kind.employees

        init(model: CurtoisModel, options: CurtoisSolveOptions) {
            self.model = model
            self.options = options
            index = CurtoisSubproblem.RowIndex(model.linear)
            // Everyone off: not yet feasible (minimum minutes), but only as a frame for the start.
            values = model.values(for: CurtoisRoster(for: model.instance))!
            objective = Int(model.linear.objectiveValue(values).rounded())
            generator = SeededGenerator(seed: options.seed)
            neighbourhood = CurtoisNeighbourhood(model: model, initialSize: options.initialNeighbourhoodSize)
        }

        /// Gives each employee, in a seeded order, their best rota with everyone else as rostered so far.
        mutating func constructStart(remaining: () -> Double) throws {
            var order = Array(model.instance.employees.indices)
            order.shuffle(using: &generator)
            for e in order {
                let subproblem = CurtoisSubproblem(model: model.linear, index: index,
                                                   free: freeMask([(e, 0..<model.instance.dayCount)]), values: values)
                var parameters = SolverParameters()
                parameters.timeLimit = max(remaining(), 1)
                parameters.nodeLimit = options.subproblemNodeLimit
                parameters.relativeGap = 0
                parameters.mixedIntegerRoundingCuts = false
                parameters.coverCuts = false
                parameters.cliqueCuts = false
                var result = try solver.solve(subproblem.linear, parameters: parameters)
                if result.values == nil {
                    // Some employees' limits (minutes between two close bounds, with shifts of 8, 10 and 12
                    // hours) are hard to meet at all: then look for any rota of theirs, ignoring the cost.
                    var feasibility = subproblem.linear
                    feasibility.objective = LinearExpression()
                    parameters.nodeLimit = nil
                    result = try solver.solve(feasibility, parameters: parameters)
                }
                guard let subValues = result.values else {
                    throw Failure.noRosterForEmployee(model.instance.employees[e].id, rawStatus: result.rawStatus)
                }
                values = subproblem.expand(subValues, into: values)
            }
            objective = Int(model.linear.objectiveValue(values).rounded())
        }

        /// One neighbourhood search: free some cells, solve the subproblem from the current roster, keep
        /// the answer when it is no worse, and adapt the neighbourhood's size.
        mutating func improve(remaining: Double) throws {
            let (kind, cells) = neighbourhood.choose(gaps: coverGaps(), canWork: { model.assignment[$0][$1][$2] != nil },
                                                     using: &generator)
            lastKind = kind
            let subproblem = CurtoisSubproblem(model: model.linear, index: index, free: freeMask(cells), values: values)
            var parameters = SolverParameters()
            parameters.timeLimit = max(min(options.subproblemTimeLimit, remaining), 0.05)
            parameters.nodeLimit = options.subproblemNodeLimit
            parameters.relativeGap = 0
            parameters.startSolution = subproblem.restrict(values)
            // Many small searches beat few deep ones here: GLPK's cuts and feasibility pump cost more
            // per node than they save on these subproblems (measured on instances 5 and 7), and the
            // current roster is already an incumbent.
            parameters.mixedIntegerRoundingCuts = false
            parameters.coverCuts = false
            parameters.cliqueCuts = false
            parameters.feasibilityPump = false
            let result = try solver.solve(subproblem.linear, parameters: parameters)
            var improved = false
            if let subValues = result.values {
                let candidate = subproblem.expand(subValues, into: values)
                let candidateObjective = Int(model.linear.objectiveValue(candidate).rounded())
                if candidateObjective <= objective {
                    improved = candidateObjective < objective
                    values = candidate
                    objective = candidateObjective
                }
            }
            neighbourhood.adapt(solvedToOptimality: result.status == .optimal, improved: improved)
        }

        /// The (day, shift) pairs short of cover now; if none is short, those over it.
        func coverGaps() -> [(day: Int, shift: Int)] {
            var short: [(day: Int, shift: Int)] = [], over: [(day: Int, shift: Int)] = []
            for d in 0..<model.instance.dayCount {
                for t in model.instance.shifts.indices {
                    if values[model.coverUnder[d][t].index] > 0.5 { short.append((d, t)) }
                    if values[model.coverOver[d][t].index] > 0.5 { over.append((d, t)) }
                }
            }
            return short.isEmpty ? over : short
        }

        /// The variables a set of cells frees: their assignments, the weekend indicators of freed weekend
        /// days, and the cover shortfall and excess of every (day, shift) a freed assignment counts in.
        func freeMask(_ cells: [(employee: Int, days: Range<Int>)]) -> [Bool] {
            var free = [Bool](repeating: false, count: model.linear.variableCount)
            for (e, days) in cells {
                for d in days {
                    for (t, variable) in model.shiftVariables(e, day: d) {
                        free[variable.index] = true
                        free[model.coverUnder[d][t].index] = true
                        free[model.coverOver[d][t].index] = true
                    }
                    if d % 7 >= 5, let indicator = model.weekendWorked[e][d / 7] {
                        free[indicator.index] = true
                    }
                }
            }
            return free
        }
    }
}
