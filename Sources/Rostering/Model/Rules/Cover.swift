import LinearProgramming
import Workforce

extension RotaModel {
    /// The AMHPs counting towards cover on day `d`, shift `s` (trainees do not count).
    func coverCount(day d: Int, shift s: Int) -> LinearExpression {
        var count = LinearExpression()
        for a in instance.amhps.indices where instance.amhps[a].countsTowardsCover {
            if let variable = assignment[a][d][s] { count.add(variable) }
        }
        return count
    }

    /// Cover below minimum (priority 1), below and above target (3), per AMHP, on rota shifts:
    /// short ≥ minimum − count; count + under − over = target.
    mutating func addCover() {
        coverTarget = Array(repeating: Array(repeating: nil, count: instance.shifts.count), count: instance.dayCount)
        for d in 0..<instance.dayCount {
            for s in instance.shifts.indices where !instance.shifts[s].isDuty {
                let rule = instance.coverRules[d][s]
                let count = coverCount(day: d, shift: s)
                let tag = "\(instance.dateTag(d)),\(instance.shifts[s].code)"
                if rule.minimum > 0 {
                    let short = linear.addVariable(name: "short(\(tag))", upperBound: Double(rule.minimum))
                    linear.addConstraint(count + short, atLeast: Double(rule.minimum), name: "minimum(\(tag))")
                    addPenalty(.coverBelowMinimum, LinearExpression(short), day: d)
                }
                let under = linear.addVariable(name: "underTarget(\(tag))", upperBound: Double(rule.target))
                let over = linear.addVariable(name: "overTarget(\(tag))")
                linear.addConstraint(count + under - over, equalTo: Double(rule.target), name: "target(\(tag))")
                coverTarget[d][s] = CoverTargetSlack(target: Double(rule.target), under: under, over: over)
                addPenalty(.coverBelowTarget, LinearExpression(under), day: d)
                addPenalty(.coverAboveTarget, LinearExpression(over), day: d)
            }
        }
    }

    /// Maximum per shift (hard): count ≤ maximum on a rota shift, people on duty ≤ the day's cap on a
    /// duty shift. Rows that cannot bind (fewer possible people than the maximum) are left out.
    mutating func addCoverMaximum() {
        for d in 0..<instance.dayCount {
            for s in instance.shifts.indices {
                let maximum = instance.coverRules[d][s].maximum
                let count = coverCount(day: d, shift: s)
                guard count.variables.count > maximum else { continue }
                linear.addConstraint(count, atMost: Double(maximum), name: "maximum(\(instance.dateTag(d)),\(instance.shifts[s].code))")
            }
        }
    }

    /// Missing coordinator (priority 2, Service Standard 2.1): a shift whose rule requires one has
    /// at least one AMHP able to coordinate that kind of shift, or pays per shift without.
    mutating func addCoordinatorCover() {
        for d in 0..<instance.dayCount {
            for s in instance.shifts.indices where instance.coverRules[d][s].coordinatorRequired {
                var coordinators = LinearExpression()
                for a in instance.amhps.indices where instance.amhps[a].canCoordinate(night: instance.shifts[s].isNight) {
                    if let variable = assignment[a][d][s] { coordinators.add(variable) }
                }
                let tag = "\(instance.dateTag(d)),\(instance.shifts[s].code)"
                let missing = linear.addVariable(name: "noCoordinator(\(tag))", upperBound: 1)
                linear.addConstraint(coordinators + missing, atLeast: 1, name: "coordinator(\(tag))")
                addPenalty(.missingCoordinator, LinearExpression(missing), day: d)
            }
        }
    }
}
