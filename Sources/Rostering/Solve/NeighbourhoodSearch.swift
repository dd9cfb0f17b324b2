import LinearProgramming

/// Large-neighbourhood search: frees a window of days, a group of AMHPs or one shift type over some
/// days, fixes every other assignment, and lets GLPK re-solve that sub-model; keeps what improves.
///
/// Each sub-solve stops at a node limit as well as a time limit, so with a fixed number of
/// iterations the search is repeatable for a seed; sizes adapt to how the last tries went.
struct NeighbourhoodSearch {
    let model: RotaModel
    var random: SeededGenerator
    /// Seconds any one sub-solve may take.
    var subTimeLimit: Double = 4
    /// Branch-and-bound nodes any one sub-solve may explore (the repeatable limit).
    var subNodeLimit = 400
    private(set) var iterations = 0
    private(set) var improvements = 0
    private var dayWindow = 5
    private var groupSize = 6

    init(model: RotaModel, seed: UInt64) {
        self.model = model
        random = SeededGenerator(seed: seed &+ 0x5EED)
    }

    /// Improves `values` until `deadline` or after `maximumIterations`, whichever comes first.
    mutating func improve(_ start: [Double], until deadline: ContinuousClock.Instant,
                          maximumIterations: Int?, progress: ((Double) -> Void)? = nil) throws -> [Double] {
        var current = start
        var currentObjective = model.linear.objectiveValue(current)
        let clock = ContinuousClock()
        while clock.now < deadline, maximumIterations.map({ iterations < $0 }) ?? true {
            iterations += 1
            let neighbourhood = choose()
            let remaining = Double((deadline - clock.now).components.seconds) + Double((deadline - clock.now).components.attoseconds) * 1e-18
            guard remaining > 0.05 else { break }
            let outcome = try solve(neighbourhood, around: current, timeLimit: min(subTimeLimit, remaining))
            if let values = outcome.values, model.linear.objectiveValue(values) < currentObjective - 1e-6,
               model.linear.largestViolation(of: values) == nil {
                current = values
                currentObjective = model.linear.objectiveValue(values)
                improvements += 1
                progress?(currentObjective)
            }
            adapt(neighbourhood, proved: outcome.status == .optimal)
        }
        return current
    }

    /// Picks the next neighbourhood: days, people or a shift type, at random with the current sizes.
    private mutating func choose() -> Neighbourhood {
        let instance = model.instance
        let days = instance.dayCount
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<4:
            let length = min(dayWindow, days)
            let first = Int.random(in: 0...(days - length), using: &random)
            return .days(first: first, last: first + length - 1)
        case 4..<8:
            var people = Array(instance.amhps.indices)
            people.shuffle(using: &random)
            return .people(Array(people.prefix(min(groupSize, people.count))).sorted())
        default:
            let length = min(dayWindow * 3, days)
            let first = Int.random(in: 0...(days - length), using: &random)
            return .shift(Int.random(in: 0..<instance.shifts.count, using: &random), first: first, last: first + length - 1)
        }
    }

    /// Grows a neighbourhood that was solved to optimality (room to look further), shrinks one that was not.
    private mutating func adapt(_ neighbourhood: Neighbourhood, proved: Bool) {
        switch neighbourhood {
        case .days, .shift: dayWindow = proved ? min(dayWindow + 1, 14) : max(dayWindow - 1, 2)
        case .people: groupSize = proved ? min(groupSize + 1, max(model.instance.amhps.count, 2)) : max(groupSize - 1, 2)
        }
    }

    private func solve(_ neighbourhood: Neighbourhood, around values: [Double], timeLimit: Double) throws -> SolveResult {
        var sub = model.linear
        let instance = model.instance
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for (s, variable) in model.variables(a, day: d) where !neighbourhood.frees(a, day: d, shift: s) {
                    let value = values[variable.index].rounded()
                    sub.setBounds(of: variable, lower: value, upper: value)
                }
            }
        }
        var parameters = SolverParameters()
        parameters.timeLimit = timeLimit
        parameters.relativeGap = 0
        parameters.presolve = true
        parameters.nodeLimit = subNodeLimit
        return try GLPKSolver().solve(sub, parameters: parameters)
    }
}
