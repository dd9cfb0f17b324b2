import LinearProgramming
import Workforce

extension RotaModel {
    /// The cost of unsocial hours (priority 10): each shift pays the weight per pound of the
    /// enhancement its AMHP's employer pays for it, so the cheaper shift wins when either would do.
    mutating func addUnsocialHoursCost() {
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                var cost = LinearExpression()
                for (s, variable) in variables(a, day: d) {
                    let pounds = instance.enhancement(a, day: d, shift: s)
                    if pounds > 0 { cost.add(variable, pounds) }
                }
                if !cost.isEmpty { addPenalty(.unsocialHoursCost, cost, person: a, day: d) }
            }
        }
    }
}

extension PartialRota {
    /// Shift `s` on day `d` has room for AMHP `a` below its maximum (a trainee does not count towards it).
    func belowMaximum(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        !instance.amhps[a].countsTowardsCover || cover(d, s) < instance.coverRules[d][s].maximum
    }
}
