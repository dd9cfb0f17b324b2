import LinearProgramming
import Workforce

extension RotaModel {
    func shiftCount(_ a: Int) -> LinearExpression {
        var count = LinearExpression()
        for d in 0..<instance.dayCount { for (_, variable) in variables(a, day: d) { count.add(variable) } }
        return count
    }

    func rosteredHours(_ a: Int) -> LinearExpression {
        var hours = LinearExpression()
        for d in 0..<instance.dayCount {
            for (s, variable) in variables(a, day: d) { hours.add(variable, instance.shifts[s].hours) }
        }
        return hours
    }

    /// NHS shift commitments (priority 5): rostered shifts + under − over = agreed shifts pro rata.
    mutating func addNHSCommitments() {
        for a in instance.amhps.indices {
            guard let committed = instance.commitments[a].committedShifts else { continue }
            let id = instance.amhps[a].id
            let under = linear.addVariable(name: "nhsUnder(\(id))")
            let over = linear.addVariable(name: "nhsOver(\(id))")
            linear.addConstraint(shiftCount(a) + under - over, equalTo: committed, name: "nhsCommitment(\(id))")
            agreementSlack[a] = CommitmentSlack(goal: committed, over: over)
            addPenalty(.nhsShiftsUnder, LinearExpression(under), person: a)
            addPenalty(.nhsShiftsOver, LinearExpression(over), person: a)
            // Shift counts run from 0 to the days with a shift open, so the nearest are the goal's floor and ceiling.
            let openDays = (0..<instance.dayCount).filter { !variables(a, day: $0).isEmpty }.count
            let ceiling = committed.rounded(.up)
            addRoundingCut(under: under, over: over, goal: committed, below: min(committed.rounded(.down), Double(openDays)),
                           above: ceiling <= Double(openDays) ? ceiling : nil, slack: 0, name: "nhsRounding(\(id))")
        }
    }

    /// LA contracted hours (priority 6) and TOIL planned back (priority 7):
    /// rostered + toil + under − over = contracted, 0 ≤ toil ≤ plan back; the TOIL penalty is
    /// weight × (plan back − toil). With over's weight at least TOIL's, this prices exactly as docs/model.md.
    mutating func addContractedHoursAndTOIL() {
        for a in instance.amhps.indices {
            guard let contracted = instance.commitments[a].contractedHours else { continue }
            let id = instance.amhps[a].id
            let planBack = instance.hub.toilPlan(for: id)?.planBackHours ?? 0
            let toil = linear.addVariable(name: "toilPlanned(\(id))", upperBound: planBack)
            let under = linear.addVariable(name: "hoursUnder(\(id))")
            let over = linear.addVariable(name: "hoursOver(\(id))")
            let hours = rosteredHours(a)
            linear.addConstraint(hours + toil + under - over, equalTo: contracted, name: "contract(\(id))")
            contractSlack[a] = CommitmentSlack(goal: contracted, over: over)
            addPenalty(.contractedHoursUnder, LinearExpression(under), person: a)
            addPenalty(.contractedHoursOver, LinearExpression(over), person: a)
            let reachable = reachableMinutes(a)
            let below = reachable.nearest(to: Int((contracted * 60).rounded(.down))).below
            let above = reachable.nearest(to: Int((contracted * 60).rounded(.up))).above
            addRoundingCut(under: under, over: over, goal: contracted, below: Double(below) / 60,
                           above: above.map { Double($0) / 60 }, slack: planBack, name: "contractRounding(\(id))")
            addHoursRoundingCuts(a, hours: hours, toil: toil, under: under, over: over, contracted: contracted, planBack: planBack)
            var notPlanned = LinearExpression(constant: planBack)
            notPlanned.add(toil, -1)
            addPenalty(.toilNotPlanned, notPlanned, person: a)
        }
    }
}
