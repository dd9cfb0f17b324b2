/// The response lines of the sufficiency summary: by priority class, and the simulation check.
extension SufficiencyReportText {
    /// Nothing for a hub with one queue; otherwise each class in the order it is served.
    static func priorityLines(_ analysis: SufficiencyAnalysis) -> [String] {
        guard analysis.requirement.classes.count > 1 else { return [] }
        var lines = ["In time by priority, most urgent first (a free team takes the most urgent referral waiting):"]
        for priority in SufficiencySummary.priorities(analysis) {
            let target = priority.targetShare.map { ", target \(NumberText.percent($0, 0))" } ?? ""
            lines.append("  \(priority.label): \(NumberText.percent(priority.shareOfReferrals, 0)) of referrals, "
                         + "\(NumberText.percent(priority.achievedShare)) within \(NumberText.plain(priority.withinHours)) h\(target).")
        }
        return lines
    }

    static func simulationLines(_ simulation: SufficiencySimulation) -> [String] {
        let check = simulation.check
        let service = check.service == .phased ? "travel, assessment and write-up in phases" : "exponential service times, as Erlang C assumes"
        var lines = ["Simulation check (\(check.replications) runs of \(check.days) days, seed \(check.seed); hand-over at shift change, "
                     + "priorities, \(service); 95% intervals). The FTE figure uses Erlang C:"]
        for row in simulation.rows {
            let simulated = row.simulated.map { "\(NumberText.percent($0.mean)) ± \(NumberText.fixed($0.halfWidth * 100))" } ?? "none seen"
            lines.append("  \(row.label): Erlang C \(NumberText.percent(row.erlangC)), simulated \(simulated)")
        }
        let waits = check.waitPercentiles.map { "\($0.percentile)th \(NumberText.fixed($0.hours.mean, 2)) h" }.joined(separator: ", ")
        lines.append("  Wait for a team, simulated: \(waits); work beyond the teams on duty (to TOIL): "
                     + "\(NumberText.fixed(check.overrunHoursPerAssessment.mean, 2)) team-hours per assessment.")
        lines.append("  TOIL from that overrun: about \(NumberText.fixed(simulation.toilHoursPerYear, 0)) AMHP-hours a year, "
                     + "\(NumberText.fixed(simulation.toilFTE)) FTE to give it back (not in the FTE needed below).")
        return lines
    }
}
