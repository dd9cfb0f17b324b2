import LinearProgramming
import Workforce

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
    /// Receives a line per try, for `--verbose`.
    var trace: ((String) -> Void)?
    private(set) var iterations = 0
    private(set) var improvements = 0
    /// How many assignment variables a neighbourhood aims to free; grows after a sub-model is
    /// solved to optimality and shrinks after one is not, per kind of neighbourhood.
    private var targetSize: [Neighbourhood.Kind: Double] = [.days: 600, .people: 600, .shift: 600]

    init(model: RotaModel, seed: UInt64) {
        self.model = model
        random = SeededGenerator(seed: seed &+ 0x5EED)
    }

    /// Improves `values` until `deadline` or after `maximumIterations`, whichever comes first.
    /// `progress` hears each better objective and `reached` each better solution, as they are found.
    mutating func improve(_ start: [Double], until deadline: ContinuousClock.Instant,
                          maximumIterations: Int?, progress: ((Double) -> Void)? = nil,
                          reached: (([Double]) -> Void)? = nil) throws -> [Double] {
        var current = start
        var currentObjective = model.linear.objectiveValue(current)
        let clock = ContinuousClock()
        var explored = ExploredNeighbourhoods()
        while clock.now < deadline, maximumIterations.map({ iterations < $0 }) ?? true {
            iterations += 1
            let neighbourhood = chooseUnexplored(around: current, explored: explored)
            let remaining = Double((deadline - clock.now).components.seconds) + Double((deadline - clock.now).components.attoseconds) * 1e-18
            guard remaining > 0.05 else { break }
            // With a fixed number of tries, node limits alone end each sub-solve, so the run repeats
            // however busy the machine; the deadline remains the safety stop.
            let limit = maximumIterations == nil ? min(subTimeLimit, remaining) : remaining
            let outcome = try solve(neighbourhood, around: current, timeLimit: limit)
            if let values = outcome.values, model.linear.objectiveValue(values) < currentObjective - 1e-6,
               model.linear.largestViolation(of: values) == nil {
                current = values
                currentObjective = model.linear.objectiveValue(values)
                improvements += 1
                progress?(currentObjective)
                reached?(current)
                explored.forget()
            } else {
                explored.record(neighbourhood, proved: outcome.status == .optimal)
            }
            trace?("try \(iterations): \(neighbourhood), \(outcome.status.rawValue) in \(CSVNumber.format(outcome.seconds)) s, nodes \(outcome.nodes ?? 0), objective \(CSVNumber.format(currentObjective))")
            adapt(neighbourhood, proved: outcome.status == .optimal)
        }
        return current
    }

    /// A neighbourhood not tried since the rota last changed, nor inside one proved to hold nothing
    /// better; after `draws` draws that all were, the last of them.
    private mutating func chooseUnexplored(around values: [Double], explored: ExploredNeighbourhoods,
                                           draws: Int = 10) -> Neighbourhood {
        var neighbourhood = choose(around: values), drawn = 1
        while drawn < draws, explored.contains(neighbourhood) {
            neighbourhood = choose(around: values)
            drawn += 1
        }
        return neighbourhood
    }

    /// Picks the next neighbourhood: a window of days, a group of AMHPs for the whole month, or one
    /// shift type over a stretch of days, sized to free about the current target of variables.
    private mutating func choose(around values: [Double]) -> Neighbourhood {
        let instance = model.instance
        let days = instance.dayCount, people = instance.amhps.count, shifts = instance.shifts.count
        let roll = Int.random(in: 0..<10, using: &random)
        let kind: Neighbourhood.Kind = roll < 4 ? .days : (roll < 8 ? .people : .shift)
        let target = targetSize[kind, default: 600]
        switch kind {
        case .days:
            // Everyone over a few days when the hub is small; a random group over a week when large.
            let length = min(days, max(2, Int((target / Double(people * shifts)).rounded())))
            let group = length == 2 ? min(people, max(4, Int(target / Double(2 * shifts)))) : people
            // Half the time, centre the window on a day chosen in proportion to its cover penalties.
            let centre = Bool.random(using: &random) ? random.weightedIndex(model.dailyPenalties.map { $0.value(values) }) : nil
            let first = centre.map { min(max($0 - length / 2, 0), days - length) } ?? Int.random(in: 0...(days - length), using: &random)
            return Neighbourhood(kind: .days, people: group < people ? randomGroup(group) : nil,
                                 firstDay: first, lastDay: first + length - 1, shifts: nil)
        case .people:
            let group = min(people, max(2, Int((target / Double(days * shifts)).rounded())))
            // Half the group drawn in proportion to their own penalties, so those worst off get looked at.
            var chosen = Set<Int>()
            let personal = model.personalPenalties.map { $0.value(values) }
            while chosen.count < group / 2, let pick = random.weightedIndex(personal.enumerated().map { chosen.contains($0.offset) ? 0 : $0.element }) {
                chosen.insert(pick)
            }
            var everyone = Array(model.instance.amhps.indices)
            everyone.shuffle(using: &random)
            for extra in everyone where chosen.count < group { chosen.insert(extra) }
            return Neighbourhood(kind: .people, people: chosen, firstDay: 0, lastDay: days - 1, shifts: nil)
        case .shift:
            let shift = Int.random(in: 0..<shifts, using: &random)
            let length = min(days, max(3, Int((target / Double(people)).rounded())))
            let group = min(people, max(4, Int(target / Double(length))))
            let first = Int.random(in: 0...(days - length), using: &random)
            return Neighbourhood(kind: .shift, people: group < people ? randomGroup(group) : nil,
                                 firstDay: first, lastDay: first + length - 1, shifts: [shift])
        }
    }

    private mutating func randomGroup(_ size: Int) -> Set<Int> {
        var everyone = Array(model.instance.amhps.indices)
        everyone.shuffle(using: &random)
        return Set(everyone.prefix(size))
    }

    private mutating func adapt(_ neighbourhood: Neighbourhood, proved: Bool) {
        let current = targetSize[neighbourhood.kind, default: 600]
        targetSize[neighbourhood.kind] = min(max(current * (proved ? 1.25 : 0.8), 120), 6000)
    }

    /// Re-solves one neighbourhood: every other assignment (and every rest-day indicator it fully
    /// decides) is fixed and taken out of the model; the current rota is GLPK's first incumbent.
    private func solve(_ neighbourhood: Neighbourhood, around values: [Double], timeLimit: Double) throws -> SolveResult {
        let instance = model.instance
        var fixed = [Double?](repeating: nil, count: model.linear.variableCount)
        var freeDays = Array(repeating: Set<Int>(), count: instance.amhps.count)
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for (s, variable) in model.variables(a, day: d) {
                    if neighbourhood.frees(a, day: d, shift: s) {
                        freeDays[a].insert(d)
                    } else {
                        fixed[variable.index] = values[variable.index].rounded()
                    }
                }
            }
            // A rest-day indicator is decided once the days either side are fixed.
            for (d, variable) in model.restDay[a] where !freeDays[a].contains(d - 1) && !freeDays[a].contains(d)
                && !freeDays[a].contains(d + 1) {
                fixed[variable.index] = values[variable.index].rounded()
            }
        }
        var parameters = SolverParameters()
        parameters.timeLimit = timeLimit
        parameters.relativeGap = 0
        parameters.nodeLimit = subNodeLimit
        return try GLPKSolver().solve(model.linear, fixing: fixed, start: values, base: values, parameters: parameters)
    }
}
