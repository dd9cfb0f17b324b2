import Workforce

/// The annual report's tables, each as a CSV file a Director's office can take into a spreadsheet:
/// the same figures the page shows, in the same order.
public enum AnnualReportTables {
    public struct Table: Sendable {
        public let name: String
        public let title: String
        public let header: [String]
        public let rows: [[String]]

        public var csv: String { CSVDocument.make(header: header, rows: rows) }
    }

    /// The tables' file names, in the report's order.
    public static let names = ["demand", "fte", "employers", "professions", "ratios", "register", "succession", "standards", "risks"]

    public static func tables(_ report: AnnualReport) -> [Table] {
        let sufficiency = report.sufficiency, register = report.succession.register
        var tables: [Table] = []
        let referrals = sufficiency.referrals
        tables.append(Table(name: "demand", title: "Demand and response", header: ["measure", "value"], rows: [
            ["Referrals logged", "\(referrals.logged) from \(referrals.firstDay) to \(referrals.lastDay)"],
            ["Referrals a year (fitted)", NumberText.fixed(referrals.perYear)],
            ["Month planned for", sufficiency.month],
            ["Seasonal index of that month", NumberText.fixed(referrals.seasonalIndex, 2)],
            ["Response target", "\(NumberText.percent(sufficiency.response.targetShare, 0)) within \(NumberText.plain(sufficiency.response.withinHours)) hours"],
            ["Response the cover needed would give (modelled)", NumberText.percent(sufficiency.response.achievedShare)],
            ["Shifts a month below the cover needed", NumberText.fixed(sufficiency.uncoveredShiftsPerMonth)],
        ] + response(sufficiency) + workload(sufficiency)))
        var fte = [["FTE needed (central, the month planned for held all year)", NumberText.fixed(sufficiency.neededFTE)]]
        if let year = sufficiency.year { fte.append(["FTE needed over the year, each month with its own cover", NumberText.fixed(year.neededFTE)]) }
        if let toil = sufficiency.simulation?.toilFTE {
            fte.append(["FTE to give back TOIL from overrun (simulated; not in the FTE needed)", NumberText.fixed(toil)])
        }
        if let second = sufficiency.secondWorkerFTE { fte.append(["Second workers (not AMHPs) beside one AMHP per assessment", NumberText.fixed(second)]) }
        if let sensitivity = sufficiency.sensitivity {
            fte.append(["FTE needed (low assumptions)", NumberText.fixed(sensitivity.lowFTE)])
            fte.append(["FTE needed (high assumptions)", NumberText.fixed(sensitivity.highFTE)])
        }
        fte += [["FTE available", NumberText.fixed(sufficiency.availableFTE)], ["Shortfall (needed minus available; negative is a surplus)", NumberText.signed(sufficiency.gapFTE)],
                ["FTE for the hub's minimum cover", NumberText.fixed(sufficiency.minimumCoverFTE)],
                ["FTE for the hub's target cover", NumberText.fixed(sufficiency.targetCoverFTE)]]
        tables.append(Table(name: "fte", title: "FTE needed and available", header: ["measure", "fte"], rows: fte))
        tables.append(Table(name: "employers", title: "Rota FTE by employer", header: ["employer", "rota_fte", "headcount"],
                            rows: sufficiency.employers.map { [$0.employer, NumberText.fixed($0.fte), "\($0.headcount)"] }))
        tables.append(Table(name: "professions", title: "Approved AMHPs by profession and employer", header: ["profession", "employer", "headcount"],
                            rows: report.workforce.map { [$0.profession, $0.employer, "\($0.headcount)"] }))
        var ratios: [[String]] = []
        if let r = sufficiency.ratios {
            ratios = [
                ["Population", NumberText.fixed(r.population, 0), "", r.populationSource],
                ["AMHPs per 100,000 (headcount)", NumberText.fixed(r.amhpsPer100000), NumberText.plain(r.benchmarkAMHPsPer100000),
                 "BASW working guideline (planning.yaml benchmarks.amhps_per_100000)"],
                ["AMHPs per 100,000 (rota FTE)", NumberText.fixed(r.rotaFTEPer100000), NumberText.plain(r.benchmarkAMHPsPer100000), "as above"],
                ["AMHPs the guideline gives, at least", "\(r.approvedAMHPs)", "\(r.benchmarkMinimumAMHPs)", "as above, rounded up"],
                ["MHA assessments per 100,000 a year", NumberText.fixed(r.assessmentsPer100000, 0), NumberText.plain(r.benchmarkAssessmentsPer100000),
                 "ADASS 2016/17 national rate (planning.yaml benchmarks.assessments_per_100000)"],
            ]
        }
        tables.append(Table(name: "ratios", title: "Ratios with their sources", header: ["measure", "hub", "benchmark", "source"], rows: ratios))
        let entries = register.entries
        tables.append(Table(name: "register", title: "Re-approvals and CPD", header: ["measure", "count"], rows: [
            ["Approved", "\(register.counts["approved"] ?? 0)"], ["Suspended", "\(register.counts["suspended"] ?? 0)"],
            ["Trainees", "\(register.counts["trainee"] ?? 0)"],
            ["Re-approval due within a year", "\(entries.filter(\.reapprovalDueWithinYear).count)"],
            ["Under 18 hours' training in the last 12 months", "\(entries.filter(\.under18Hours).count)"],
            ["Due for re-approval while under 18 hours", "\(entries.filter(\.reapprovalDueWhileUnder18).count)"],
            ["With an approval year short of 18 hours", "\(entries.filter { $0.shortApprovalYears > 0 }.count)"],
        ]))
        tables.append(Table(name: "succession", title: "Succession: rota FTE by quarter (10th, median, 90th percentile)",
                            header: ["quarter", "target", "with_plan_p10", "with_plan_median", "with_plan_p90", "agency_and_nhs_extra_fte",
                                     "without_plan_median"],
                            rows: zip(report.succession.projection.quarters, report.succession.trainingPlan.quarters).map { quarter, planned in
            [quarter.label, NumberText.fixed(quarter.target), NumberText.fixed(quarter.fteWithPlan.p10), NumberText.fixed(quarter.fteWithPlan.median),
             NumberText.fixed(quarter.fteWithPlan.p90), NumberText.fixed(planned.agencyFTE + planned.nhsExtraFTE), NumberText.fixed(quarter.fteWithoutPlan.median)]
        }))
        tables.append(Table(name: "standards", title: "Service Standards self-assessment", header: ["standard", "evaluation", "risk"],
                            rows: (report.standards?.lines ?? []).map { [$0.standard, $0.evaluation?.label ?? "", $0.risk?.shortLabel ?? ""] }))
        tables.append(Table(name: "risks", title: "Risks and actions", header: ["source", "risk", "risk_text", "actions"],
                            rows: report.risks.map { [$0.source, $0.level.shortLabel, $0.text, $0.actions.joined(separator: "\n")] }))
        return tables
    }

    /// Assessments a year, and the workload they make per approved AMHP and per rota FTE available.
    /// In time by part of the week and by priority class (modelled), and the simulation's check.
    static func response(_ sufficiency: SufficiencySummary) -> [[String]] {
        var rows = (sufficiency.response.periods ?? []).map { ["In time, \($0.label) (modelled)", NumberText.percent($0.achievedShare)] }
        if let priorities = sufficiency.response.priorities, priorities.count > 1 {
            rows += priorities.map { priority in
                ["In time, \(priority.label) within \(NumberText.plain(priority.withinHours)) h (modelled)",
                 NumberText.percent(priority.achievedShare) + (priority.targetShare.map { ", target \(NumberText.percent($0, 0))" } ?? "")]
            }
        }
        if let overall = sufficiency.simulation?.rows.first(where: { $0.key == "all" }), let simulated = overall.simulated {
            rows.append(["In time, all referrals (simulated check, \(sufficiency.simulation?.replications ?? 0) runs)",
                         "\(NumberText.percent(simulated)) ± \(NumberText.fixed((overall.halfWidth ?? 0) * 100)) points"])
        }
        return rows
    }

    static func workload(_ sufficiency: SufficiencySummary) -> [[String]] {
        guard let ratios = sufficiency.ratios, ratios.population > 0 else { return [] }
        let assessments = ratios.assessmentsPer100000 * ratios.population / 100_000
        var rows = [["MHA assessments a year (referrals × share assessed)", NumberText.fixed(assessments, 0)]]
        if ratios.approvedAMHPs > 0 { rows.append(["Assessments a year per approved AMHP", NumberText.fixed(assessments / Double(ratios.approvedAMHPs))]) }
        if sufficiency.availableFTE > 0 { rows.append(["Assessments a year per rota FTE available", NumberText.fixed(assessments / sufficiency.availableFTE)]) }
        return rows
    }
}
