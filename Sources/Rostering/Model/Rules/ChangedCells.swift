import LinearProgramming
import Workforce

extension RotaModel {
    /// Changed cells (priority 4), in a re-plan only: from `from` on, each AMHP and date whose shift
    /// differs from the baseline costs the weight. Linear with no new variables: a cell that had
    /// shift s costs 1 − x[s] (1 when x[s] no longer exists, e.g. a new absence); an off cell Σx.
    mutating func addChangedCells() {
        guard instance.baseline != nil else { return }
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                guard let before = instance.baselineCell(a, day: d) else { continue }
                let options = variables(a, day: d)
                let breach: LinearExpression
                if instance.baselineWorks(a, day: d) {
                    var lost = LinearExpression(constant: 1)
                    if let kept = options.first(where: { $0.shift == before })?.variable { lost.add(kept, -1) }
                    breach = lost
                } else {
                    breach = LinearExpression.sum(options.map(\.variable))
                }
                addPenalty(.changedCell, breach, person: a, day: d)
            }
        }
    }
}
