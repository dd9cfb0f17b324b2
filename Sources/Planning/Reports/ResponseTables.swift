import Workforce

/// The response tables of `amhp sufficiency --out`: by priority class, and the simulation check.
extension SufficiencyTables {
    /// `response_by_priority.csv`: each class in the order it is served, with its time, own target
    /// and share picked up in time with the cover found.
    public static func priorities(_ analysis: SufficiencyAnalysis) -> String {
        let rows = SufficiencySummary.priorities(analysis).map { priority in
            [priority.name, priority.label, NumberText.plain(priority.withinHours), priority.targetShare.map { NumberText.fixed($0, 3) } ?? "",
             NumberText.fixed(priority.shareOfReferrals, 4), NumberText.fixed(priority.referralsPerYear, 1), NumberText.fixed(priority.achievedShare, 4)]
        }
        return CSVDocument.make(header: ["class", "label", "within_hours", "target_share", "share_of_referrals", "referrals_per_year", "achieved_share"],
                                rows: rows)
    }

    /// `simulation_check.csv`: each row's share in time under Erlang C and simulated, with the 95%
    /// interval; then the wait percentiles and the overrun.
    public static func simulation(_ simulation: SufficiencySimulation) -> String {
        var rows = simulation.rows.map { row in
            ["share_in_time", row.key, row.label, NumberText.fixed(row.erlangC, 4),
             row.simulated.map { NumberText.fixed($0.mean, 4) } ?? "", row.simulated.map { NumberText.fixed($0.halfWidth, 4) } ?? ""]
        }
        for (percentile, hours) in simulation.check.waitPercentiles {
            rows.append(["wait_hours", "p\(percentile)", "\(percentile)th percentile wait for a team", "", NumberText.fixed(hours.mean, 3),
                         NumberText.fixed(hours.halfWidth, 3)])
        }
        let overrun = simulation.check.overrunHoursPerAssessment
        rows.append(["overrun_hours_per_assessment", "all", "team-hours beyond the teams on duty", "", NumberText.fixed(overrun.mean, 3),
                     NumberText.fixed(overrun.halfWidth, 3)])
        rows.append(["toil_hours_per_year", "all", "AMHP-hours a year of that overrun, owed as TOIL", "", NumberText.fixed(simulation.toilHoursPerYear, 1), ""])
        rows.append(["toil_fte", "all", "rota FTE to give that TOIL back", "", NumberText.fixed(simulation.toilFTE, 2), ""])
        return CSVDocument.make(header: ["measure", "key", "label", "erlang_c", "simulated", "half_width_95"], rows: rows)
    }
}
