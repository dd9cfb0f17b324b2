import Workforce

/// The succession tables as CSV, and every file `amhp succession --out` writes.
public enum SuccessionTables {
    /// `register.csv`: warrant, re-approval, suspensions and CPD for everyone on the hub.
    public static func register(_ register: Register) -> String {
        let rows = register.entries.map { entry -> [String] in
            [entry.amhpID, entry.name, entry.employer, entry.profession.rawValue, entry.status.rawValue, entry.age.map(String.init) ?? "",
             entry.approval?.first.description ?? "", entry.approval?.last.description ?? "", entry.reapprovalDue?.description ?? "",
             entry.daysToReapproval.map(String.init) ?? "",
             entry.suspensions.map { "\($0.first) to \($0.last)" }.joined(separator: "; "),
             NumberText.fixed(entry.cpdLast12Months), entry.isUnderCPD ? "yes" : "no",
             entry.cpdTowardsReapproval.map { NumberText.fixed($0) } ?? "", entry.reapprovalDueWhileUnder ? "yes" : "no",
             entry.cpdTowardsReapproval == nil ? "" : NumberText.fixed(entry.hoursNeededForReapproval), NumberText.fixed(entry.bookedHours),
             String(entry.shortApprovalYears.count), NumberText.fixed(entry.reapprovalChance, 2)]
        }
        return CSVDocument.make(header: ["amhp_id", "name", "employer", "profession", "status", "age", "approval_start", "warrant_expiry",
                                         "reapproval_due", "days_to_reapproval", "suspensions", "cpd_hours_last_12_months", "under_18_hours",
                                         "cpd_hours_towards_reapproval", "reapproval_due_while_under_18", "hours_needed_for_reapproval",
                                         "booked_hours", "short_approval_years", "reapproval_chance"], rows: rows)
    }

    /// `cpd_ledger.csv`: each twelve-month period of each warrant with its hours.
    public static func ledger(_ register: Register) -> String {
        let rows = register.entries.flatMap { entry in
            entry.approvalYears.map { year -> [String] in
                [entry.amhpID, String(year.number), year.dates.first.description, year.dates.last.description, NumberText.fixed(year.hours),
                 year.isComplete ? "yes" : "no", !year.isCovered ? "unknown" : year.isComplete && year.isShort ? "yes" : "no"]
            }
        }
        return CSVDocument.make(header: ["amhp_id", "approval_year", "from", "to", "hours", "complete", "under_18_hours"], rows: rows)
    }

    /// `projection.csv`: per quarter, with and without the plan, total and by group: percentiles.
    public static func projection(_ plan: SuccessionPlan) -> String {
        var rows: [[String]] = []
        for (name, result) in [("without_plan", plan.baseline), ("with_plan", plan.projection)] {
            var series: [(String, String, [ProjectionResult.Band])] = [("all", "fte", result.fte), ("all", "headcount", result.headcount)]
            for (index, group) in result.groups.enumerated() {
                series.append((group, "fte", result.groupFTE(index)))
                series.append((group, "headcount", result.groupHeadcount(index)))
            }
            for (group, measure, bands) in series {
                for (index, period) in plan.periods.enumerated() {
                    rows.append([period.label, period.first.description, period.last.description, name, group, measure,
                                 NumberText.fixed(bands[index].p10, 2), NumberText.fixed(bands[index].median, 2), NumberText.fixed(bands[index].p90, 2),
                                 measure == "fte" && group == "all" ? NumberText.fixed(plan.targets[index], 2) : ""])
                }
            }
        }
        return CSVDocument.make(header: ["quarter", "from", "to", "plan", "group", "measure", "p10", "median", "p90", "target"], rows: rows)
    }

    /// `projection_flows.csv`: the bookkeeping per quarter with the plan, averaged over simulations.
    public static func flows(_ plan: SuccessionPlan) -> String {
        let result = plan.projection
        let columns: [(PeriodRecord) -> Double] = [{ Double($0.start) }, { Double($0.joined) }, { Double($0.retired) }, { Double($0.left) },
                                                   { Double($0.notReapproved) }, { Double($0.end) }]
        let means = columns.map { result.mean($0) }
        let rows = plan.periods.indices.map { index in [plan.periods[index].label] + means.map { NumberText.fixed($0[index], 2) } }
        return CSVDocument.make(header: ["quarter", "start", "joined", "retired", "left", "not_reapproved", "end"], rows: rows)
    }

    /// `training_plan.csv`: each intake and hire and, per quarter, the target against the median with
    /// the plan (the people's median, plus the agency and extra NHS shifts bought for the quarter).
    public static func trainingPlan(_ plan: SuccessionPlan, training: TrainingAssumptions) -> String {
        let blanks = Array(repeating: "", count: 7)
        var rows = plan.intakes.map { intake -> [String] in
            ["intake", intake.start.description, String(intake.trainees), NumberText.fixed(intake.cost, 0),
             intake.start.adding(months: training.courseMonths).description] + blanks
        }
        rows += plan.hires.filter { $0.count > 0 }.map { hire -> [String] in
            ["hire", hire.start.description, String(hire.count), NumberText.fixed(hire.cost, 0), hire.start.description] + blanks
        }
        let median = plan.medianWithPlan
        for (index, period) in plan.periods.enumerated() {
            let short = max(0, plan.targets[index] - median[index])
            rows.append(["quarter", period.label, "", "", "", NumberText.fixed(plan.targets[index], 2),
                         NumberText.fixed(plan.projection.fte[index].median, 2), NumberText.fixed(plan.agencyFTE[index], 2),
                         NumberText.fixed(plan.nhsExtraFTE[index], 2), NumberText.fixed(median[index], 2), short > 1e-9 ? "no" : "yes",
                         short > 1e-9 ? plan.reason(for: period, courseMonths: training.courseMonths, capacity: training.capacityPerYear) : ""])
        }
        return CSVDocument.make(header: ["row", "when", "people", "cost", "approved_from", "target_fte", "median_fte_permanent", "agency_fte",
                                         "nhs_extra_fte", "median_fte_with_plan", "meets_target", "why_not"], rows: rows)
    }

    public static func files(register: Register, plan: SuccessionPlan, settings: PlanningSettings, hubName: String) throws -> [(name: String, content: String)] {
        let fan = FanChart.svg(labels: plan.periods.map(\.label),
                               fans: [FanChart.Line(name: "without plan", bands: plan.baseline.fte, colour: ChartColour.minimum),
                                      FanChart.Line(name: "with the training plan", bands: plan.projection.fte, colour: ChartColour.median)],
                               target: plan.targets, title: "\(hubName): projected rota FTE",
                               subtitle: "\(plan.projection.simulations) simulations from \(register.asOf); target from \(plan.target.source)")
        return [
            ("register.csv", Self.register(register)),
            ("cpd_ledger.csv", ledger(register)),
            ("projection.csv", projection(plan)),
            ("projection_flows.csv", flows(plan)),
            ("training_plan.csv", trainingPlan(plan, training: settings.training)),
            ("succession_fan.svg", fan),
            (SuccessionSummary.fileName,
             try PlanningJSON.encode(SuccessionSummary(register: register, plan: plan, settings: settings, hubName: hubName))),
        ]
    }
}
