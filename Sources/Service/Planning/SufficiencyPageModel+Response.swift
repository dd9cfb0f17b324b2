import Planning

/// The page's response by priority class and its simulation check.
extension SufficiencyPageModel {
    struct PriorityRow: Encodable {
        let label: String
        let share: String
        let within: String
        let target: String
        let achieved: String
        /// Below its own target.
        let short: Bool
    }

    struct SimulationRow: Encodable {
        let label: String
        let erlangC: String
        let simulated: String
        let interval: String
    }

    struct SimulationView: Encodable {
        let method: String
        let rows: [SimulationRow]
        let waits: String
        let overrun: String
    }

    /// Nothing for one queue; otherwise each class, most urgent first.
    static func priorityRows(_ summary: SufficiencySummary) -> [PriorityRow] {
        guard let priorities = summary.response.priorities, priorities.count > 1 else { return [] }
        return priorities.map { priority in
            PriorityRow(label: priority.label, share: NumberText.percent(priority.shareOfReferrals, 0),
                        within: "\(NumberText.plain(priority.withinHours)) h", target: priority.targetShare.map { NumberText.percent($0, 0) } ?? "–",
                        achieved: NumberText.percent(priority.achievedShare), short: priority.targetShare.map { priority.achievedShare < $0 - 1e-9 } ?? false)
        }
    }

    static func simulationView(_ summary: SufficiencySummary) -> SimulationView? {
        summary.simulation.map { simulation in
            let service = simulation.service == ServiceTimes.Shape.phased.rawValue
                ? "travel, assessment and write-up in phases" : "exponential assessment times, as Erlang C assumes"
            return SimulationView(
                method: "\(simulation.replications) runs of \(simulation.days) days of this cover (seed \(simulation.seed)), with work in progress "
                    + "handed over at each shift change, the most urgent referral taken first and \(service). "
                    + "The FTE figure above uses Erlang C, the more cautious of the two where they differ; the interval is 95%.",
                rows: simulation.rows.map { row in
                    SimulationRow(label: row.label, erlangC: NumberText.percent(row.erlangC),
                                  simulated: row.simulated.map { NumberText.percent($0) } ?? "–",
                                  interval: row.halfWidth.map { "± \(NumberText.fixed($0 * 100)) points" } ?? "no referral seen")
                },
                waits: "Wait for a team, simulated: " + simulation.waitPercentiles.map {
                    "\($0.percentile)th percentile \(NumberText.fixed($0.hours, 2)) h (± \(NumberText.fixed($0.halfWidth, 2)))"
                }.joined(separator: ", ") + ".",
                overrun: "Work beyond the teams on duty, finished after a shift ends and so owed as TOIL: "
                    + "\(NumberText.fixed(simulation.overrunHoursPerAssessment, 2)) team-hours per assessment"
                    + (simulation.toilHoursPerYear.map { hours in
                        ", about \(NumberText.fixed(hours, 0)) AMHP-hours a year, \(NumberText.fixed(simulation.toilFTE ?? 0)) FTE to give back "
                            + "(not in the FTE needed above)" } ?? "") + ".")
        }
    }
}
