import LinearProgramming
import Workforce

extension CurtoisSolver {
    /// The state of one search: the model, the current solution and the random and size choices.
    struct Search {
        let model: CurtoisModel
        let options: CurtoisSolveOptions
        let index: CurtoisSubproblem.RowIndex
        /// Whether each variable is an assignment x(e, d, t).
        let isAssignment: [Bool]
        let subproblemNodeLimit: Int
        let subproblemCuts: Bool
        /// The number of assignment variables x(e, d, t).
        let assignmentCount: Int
        let solver = GLPKSolver()
        var values: [Double]
        var objective: Int
        var generator: SeededGenerator
        var neighbourhood: CurtoisNeighbourhood
        var lastKind = CurtoisNeighbourhood.Kind.employees
        /// The LP relaxation's solution, when it was solved in time: guides the start and one neighbourhood.
        var relaxed: [Double]?

        init(model: CurtoisModel, options: CurtoisSolveOptions) {
            self.model = model
            self.options = options
            index = CurtoisSubproblem.RowIndex(model.linear)
            var isAssignment = [Bool](repeating: false, count: model.linear.variableCount)
            for variable in model.assignment.joined().joined().compactMap({ $0 }) { isAssignment[variable.index] = true }
            self.isAssignment = isAssignment
            assignmentCount = isAssignment.filter { $0 }.count
            let small = assignmentCount <= options.smallModelAssignmentLimit
            subproblemNodeLimit = options.subproblemNodeLimit ?? (small ? 400 : 50)
            subproblemCuts = options.subproblemCuts ?? small
            // Everyone off: not yet feasible (minimum minutes), but only as a frame for the start.
            // Everyone off always has values (no assignment variable is needed); zeros otherwise.
            values = model.values(for: CurtoisRoster(for: model.instance)) ?? [Double](repeating: 0, count: model.linear.variableCount)
            objective = Int(model.linear.objectiveValue(values).rounded())
            generator = SeededGenerator(seed: options.seed)
            neighbourhood = CurtoisNeighbourhood(model: model, initialSize: options.initialNeighbourhoodSize)
        }

        /// Gives each employee, in a seeded order, their best rota with everyone else as rostered so far
        /// (`CurtoisPricing.bestResponse`).
        mutating func constructStart(pricing: CurtoisPricing, remaining: () -> Double) throws {
            let instance = model.instance
            var order = Array(instance.employees.indices)
            order.shuffle(using: &generator)
            var roster = CurtoisRoster(for: instance)
            var staffed = instance.cover.map { [Int](repeating: 0, count: $0.count) }
            for e in order {
                guard let column = try pricing.bestResponse(employee: e, staffed: staffed, timeLimit: max(remaining(), 1)) else {
                    throw Failure.noRosterForEmployee(instance.employees[e].id, rawStatus: "no legal rota found")
                }
                for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
                column.count(into: &staffed)
            }
            guard let start = model.values(for: roster) else {
                throw Failure.noRosterForEmployee(instance.employees.first?.id ?? "", rawStatus: "the start uses a shift the model has no variable for")
            }
            values = start
            objective = Int(model.linear.objectiveValue(values).rounded())
        }

        /// The model's objective for a roster of rotas that each keep the hard rules.
        func objective(of roster: CurtoisRoster) -> Int {
            model.values(for: roster).map { Int(model.linear.objectiveValue($0).rounded()) } ?? .max
        }

        /// Takes `roster` when it keeps every hard rule and costs less than the current one.
        mutating func adopt(_ roster: CurtoisRoster) -> Bool {
            guard let candidate = model.values(for: roster) else { return false }
            let candidateObjective = Int(model.linear.objectiveValue(candidate).rounded())
            guard candidateObjective < objective else { return false }
            values = candidate
            objective = candidateObjective
            return true
        }

        /// One neighbourhood search: free some cells, solve the subproblem from the current roster, keep
        /// the answer when it is no worse, and adapt the neighbourhood's size.
        mutating func improve(remaining: Double) throws {
            let gaps = coverGaps()
            let current = self  // the closure reads the roster as it is now (arrays copy on write)
            let (kind, cells) = neighbourhood.choose(gaps: gaps.pairs, disagreements: disagreements(),
                                                     canWork: { model.assignment[$0][$1][$2] != nil },
                                                     room: gaps.short ? { current.room() } : nil, using: &generator)
            lastKind = kind
            let subproblem = CurtoisSubproblem(model: model.linear, index: index, free: freeMask(cells), values: values)
            var parameters = SolverParameters()
            parameters.timeLimit = max(min(options.subproblemTimeLimit, remaining), 0.05)
            parameters.nodeLimit = subproblemNodeLimit
            parameters.relativeGap = 0
            parameters.startSolution = subproblem.restrict(values)
            // Many small searches beat few deep ones here: GLPK's cuts and feasibility pump cost more
            // per node than they save on these subproblems (measured on instances 5 and 7), and the
            // current roster is already an incumbent.
            let cuts = subproblemCuts
            parameters.mixedIntegerRoundingCuts = cuts
            parameters.coverCuts = cuts
            parameters.cliqueCuts = cuts
            parameters.feasibilityPump = false
            // Driebeck and Tomlin's rule computes a row of the simplex table for each candidate, reading
            // every column of the subproblem: a fifth of instance 13's run went there. On the most
            // fractional variable, 1.5–3 times the searches; instance 13 at 4,214–4,478 against 4,746–4,966
            // (seeds 5–7), and on 14, 15, 18, 19 and 20 the search gained as much or more.
            parameters.branching = .mostFractional
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

        /// What each employee could still take on in the current roster.
        func room() -> CurtoisNeighbourhood.Room {
            CurtoisNeighbourhood.Room(model.roster(from: values), instance: model.instance)
        }

        /// The cells (employee, day) where the roster and the LP relaxation differ by more than a half.
        func disagreements() -> [(employee: Int, day: Int)] {
            guard let relaxed else { return [] }
            var cells: [(employee: Int, day: Int)] = []
            for e in model.instance.employees.indices {
                for d in 0..<model.instance.dayCount
                where model.shiftVariables(e, day: d).contains(where: { abs(values[$0.variable.index] - relaxed[$0.variable.index]) > 0.5 }) {
                    cells.append((e, d))
                }
            }
            return cells
        }

        /// The (day, shift) pairs short of cover now (`short`); if none is short, those over it.
        func coverGaps() -> (pairs: [(day: Int, shift: Int)], short: Bool) {
            var short: [(day: Int, shift: Int)] = [], over: [(day: Int, shift: Int)] = []
            for d in 0..<model.instance.dayCount {
                for t in model.instance.shifts.indices {
                    if values[model.coverUnder[d][t].index] > 0.5 { short.append((d, t)) }
                    if values[model.coverOver[d][t].index] > 0.5 { over.append((d, t)) }
                }
            }
            return short.isEmpty ? (over, false) : (short, true)
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
