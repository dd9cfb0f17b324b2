import Workforce

/// Every file `amhp sufficiency --out` writes.
public enum SufficiencyOutputs {
    public static func files(_ analysis: SufficiencyAnalysis, hub: Hub, sensitivity: SufficiencySensitivity? = nil, year: SufficiencyYear? = nil,
                             simulation: SufficiencySimulation? = nil) throws -> [(name: String, content: String)] {
        let sensitivityFiles = sensitivity.map { sensitivity in
            [("fte_sensitivity.csv", SufficiencyTables.sensitivity(sensitivity)),
             ("fte_sensitivity.svg", TornadoChart.svg(sensitivity, title: "\(hub.rules.hubName): what moves the FTE needed"))]
        } ?? []
        let simulationFiles = simulation.map { [("simulation_check.csv", SufficiencyTables.simulation($0))] } ?? []
        return [
            ("demand_by_hour.csv", SufficiencyTables.byHour(analysis, hub: hub)),
            ("demand_by_month.csv", SufficiencyTables.byMonth(analysis)),
            ("cover_needed.csv", SufficiencyTables.cover(analysis)),
            ("fte.csv", SufficiencyTables.fte(analysis)),
            ("workforce_fte.csv", SufficiencyTables.workforce(analysis)),
            ("benchmarks.csv", SufficiencyTables.benchmarks(analysis)),
            ("response_by_priority.csv", SufficiencyTables.priorities(analysis)),
            ("demand_heatmap.svg", DemandHeatmapChart.svg(referralsPerHour: analysis.requirement.referralsPerHour,
                                                         title: "\(hub.rules.hubName): demand in \(MonthName.full(analysis.month))")),
            ("cover_needed.svg", coverChart(analysis, hub: hub)),
            (SufficiencySummary.fileName, try PlanningJSON.encode(SufficiencySummary(analysis, hub: hub, sensitivity: sensitivity, year: year,
                                                                                       simulation: simulation))),
        ] + sensitivityFiles + simulationFiles
    }

    static func coverChart(_ analysis: SufficiencyAnalysis, hub: Hub) -> String {
        // Duty is off the rota: AMHPs on duty are not on duty for referrals.
        let week = WeekShifts(shifts: hub.rotaShiftTypes)
        let series = [
            CoverChart.Series(name: "needed for the response target", values: week.onDutyByHour { analysis.cover.cover($0, $1)?.amhps ?? 0 },
                              colour: ChartColour.needed),
            CoverChart.Series(name: "hub minimum (cover.csv)", values: week.onDutyByHour { hub.coverRule(for: $0, shift: $1)?.minimum ?? 0 },
                              colour: ChartColour.minimum),
            CoverChart.Series(name: "hub target (cover.csv)", values: week.onDutyByHour { hub.coverRule(for: $0, shift: $1)?.target ?? 0 },
                              colour: ChartColour.target, dashed: true),
        ]
        let response = analysis.settings.response
        return CoverChart.svg(series: series, title: "\(hub.rules.hubName): cover needed and cover planned",
                              subtitle: "AMHPs on duty in an ordinary week of \(MonthName.full(analysis.month)); needed: \(NumberText.percent(response.share, 0)) of referrals picked up within \(NumberText.plain(response.withinHours)) hours")
    }
}
