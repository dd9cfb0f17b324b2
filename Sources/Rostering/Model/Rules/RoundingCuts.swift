import LinearProgramming
import Workforce

/// Cuts that tell the LP relaxation a month is made of whole shifts (docs/model.md, "Rounding
/// cuts"). Without them the relaxation meets every contract and every NHS agreement to the minute
/// with fractions of shifts, so the bound misses the hours every rota must be under or over.
///
/// For a commitment row `total + under − over = goal` whose total takes only the values in a set
/// (`ReachableTotals`), with `below` the largest reachable value under the goal and `above` the
/// smallest over it, every rota has either under ≥ goal − below − slack or over ≥ above − goal,
/// where slack is what else may fill the row (TOIL planned back); so
/// under / (goal − below − slack) + over / (above − goal) ≥ 1. Each rota keeps it; the relaxation
/// pays at least the cheaper of the two for it.
extension RotaModel {
    /// Adds the cut for one commitment row, unless its goal is reachable.
    mutating func addRoundingCut(under: Variable, over: Variable, goal: Double, below: Double, above: Double?,
                                 slack: Double, name: String) {
        let short = goal - below - slack
        guard short > 1e-6, let above, above - goal > 1e-6 else { return }
        let long = above - goal
        // Scaled by short × long, so no coefficient is a tiny fraction.
        var row = LinearExpression(under, long)
        row.add(over, short)
        linear.addConstraint(row, atLeast: short * long, name: name)
    }

    /// Adds a fair share's cuts: the pool's total distance from its shares (`deviations`, the sum of
    /// every member's above and below) is at least each facet of the envelope at the pool's `total`.
    /// They lift the LP relaxation of the demo hub's December from 2,488 to 2,578, of a generated
    /// 40-AMHP May from 3,143 to 3,353; where shares are whole or forced by history, there are none.
    mutating func addFairShareCuts(_ envelope: FairShareEnvelope, deviations: LinearExpression, total: Variable, name: String) {
        for (number, facet) in envelope.facets().enumerated() {
            var row = deviations
            row.add(total, -facet.slope)
            linear.addConstraint(row, atLeast: facet.intercept, name: "\(name)Rounding\(number + 1)")
        }
    }

    /// The totals, in minutes, AMHP `a`'s rostered hours could reach this month.
    func reachableMinutes(_ a: Int) -> ReachableTotals {
        ReachableTotals(options: (0..<instance.dayCount).map { d in
            variables(a, day: d).map { Int((instance.shifts[$0.shift].hours * 60).rounded()) }
        })
    }
}
