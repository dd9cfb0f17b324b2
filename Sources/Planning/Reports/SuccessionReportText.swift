import Workforce

/// The summary `amhp succession` prints: the register's flags, the projection and the training plan.
public enum SuccessionReportText {
    public static func make(register: Register, plan: SuccessionPlan, settings: PlanningSettings, hubName: String) -> String {
        var lines = ["\(hubName): succession as of \(register.asOf)"]
        let approved = register.entries.filter { $0.status == .approved || $0.status == .suspended }
        lines.append("Register: \(approved.count) approved (\(register.entries.filter { $0.status == .suspended }.count) suspended), "
                     + "\(register.entries.filter { $0.status == .approvedFromLater }.count) approved from a later date, "
                     + "\(register.entries.filter { $0.status == .trainee }.count) trainees, \(register.entries.filter { $0.status == .expired }.count) lapsed."
                     + (register.shareAged55OrOver.map { " \(NumberText.percent($0, 0)) of those with a known age are 55 or over." } ?? ""))
        let dueSoon = register.entries.filter { ($0.daysToReapproval ?? Int.max) <= 365 && $0.status != .expired }
        lines.append("Re-approval due within a year: \(dueSoon.count)" + (dueSoon.isEmpty ? "." : ": "
            + dueSoon.compactMap { entry in entry.reapprovalDue.map { (entry.amhpID, $0) } }.sorted { $0.1 < $1.1 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "."))
        let under = register.entries.filter(\.isUnderCPD)
        lines.append("Under 18 hours' training in the last 12 months: \(under.count)" + (under.isEmpty ? "." : ": "
            + under.map { "\($0.amhpID) \($0.name) (\(NumberText.fixed($0.cpdLast12Months)) h)" }.joined(separator: ", ") + "."))
        let dueWhileUnder = register.entries.filter(\.reapprovalDueWhileUnder)
        lines.append("Re-approval due within a year with under 18 hours in the twelve months before it: \(dueWhileUnder.count)"
                     + (dueWhileUnder.isEmpty ? "." : ":"))
        for entry in dueWhileUnder {
            let due = entry.reapprovalDue.map(\.description) ?? "within a year"
            lines.append("  ! \(entry.amhpID) \(entry.name): re-approval due \(due) with \(NumberText.fixed(entry.cpdTowardsReapproval ?? 0)) h "
                         + "in its 12 months so far: \(NumberText.fixed(entry.hoursNeededForReapproval)) h more needed"
                         + (entry.bookedHours > 0 ? " (\(NumberText.fixed(entry.bookedHours)) h booked)." : "."))
        }
        if !register.withoutAge.isEmpty {
            lines.append("No date of birth for \(register.withoutAge.map(\.amhpID).joined(separator: ", ")): retirement by age is not modelled for them.")
        }
        let succession = settings.succession
        lines.append("Projection: \(plan.projection.simulations) simulations, quarterly to \(plan.periods.last?.label ?? "the horizon"); re-approval \(NumberText.percent(succession.reapprovalRate, 0)), "
                     + "leavers " + succession.leaverRates.map { "\($0.employer) \(NumberText.percent($0.annualRate, 0))" }.joined(separator: ", ") + " a year"
                     + Self.uncertaintyText(succession.rateUncertainty) + ".")
        lines.append("Target: \(NumberText.fixed(plan.target.baseFTE)) rota FTE from \(plan.target.source)"
                     + (plan.target.growthPerYear != 0 ? ", growing \(NumberText.signed(plan.target.growthPerYear * 100))% a year." : "."))
        let baseline = plan.baseline.fte, planned = plan.projection.fte
        lines.append("quarter    target   without plan (p10-p90)   with plan (p10-p90)   headcount")
        let headcount = plan.projection.headcount
        for index in plan.periods.indices where index % 2 == 0 || index == plan.periods.count - 1 {
            lines.append(plan.periods[index].label.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + NumberText.fixed(plan.targets[index]).padding(toLength: 9, withPad: " ", startingAt: 0)
                         + band(baseline[index]).padding(toLength: 25, withPad: " ", startingAt: 0)
                         + band(planned[index]).padding(toLength: 22, withPad: " ", startingAt: 0)
                         + NumberText.fixed(headcount[index].median, 0))
        }
        let training = settings.training
        lines.append("Training (GLPK; \(training.capacityPerYear) places a year, \(NumberText.percent(training.passRate, 0)) pass, \(training.courseMonths)-month course, "
                     + "£\(NumberText.fixed(training.costPerTrainee, 0)) each): "
                     + plan.intakes.map { "\($0.start): \($0.trainees)" }.joined(separator: ", ")
                     + " — \(plan.totalTrainees) trainees, £\(NumberText.fixed(plan.trainingCost, 0)).")
        lines += Self.leverLines(plan)
        let shortfalls = plan.shortfalls
        if shortfalls.isEmpty {
            lines.append("With the plan the median projected FTE meets the target in every quarter.")
        } else {
            lines.append("With the plan the median still falls short in \(shortfalls.count) of \(plan.periods.count) quarters:")
            for short in shortfalls {
                lines.append("  \(short.period.label): \(NumberText.fixed(short.target - short.median)) FTE short (\(plan.reason(for: short.period, courseMonths: training.courseMonths, capacity: training.capacityPerYear))).")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func band(_ band: ProjectionResult.Band) -> String {
        "\(NumberText.fixed(band.median)) (\(NumberText.fixed(band.p10))-\(NumberText.fixed(band.p90)))"
    }

    /// The levers beside training (`SuccessionLevers`), each only when the hub allows it.
    static func leverLines(_ plan: SuccessionPlan) -> [String] {
        let levers = plan.levers
        var lines: [String] = []
        if levers.recruitPerYear > 0 {
            let hires = plan.hires.filter { $0.count > 0 }
            lines.append("Qualified AMHPs recruited (up to \(levers.recruitPerYear) a year, starting \(levers.recruitLeadMonths) months after advert, "
                         + "£\(NumberText.fixed(levers.recruitCost, 0)) each): "
                         + (hires.isEmpty ? "none" : hires.map { "\($0.start): \($0.count)" }.joined(separator: ", ") + " — \(plan.totalHires), £\(NumberText.fixed(plan.recruitmentCost, 0))")
                         + ".")
        }
        for (name, limit, perYear, values, cost) in [("Agency AMHPs", levers.agencyMaxFTE, levers.agencyCostPerFTEYear, plan.agencyFTE, plan.agencyCost),
                                                     ("Extra NHS shifts", levers.nhsExtraMaxFTE, levers.nhsExtraCostPerFTEYear, plan.nhsExtraFTE, plan.nhsExtraCost)]
            where limit > 0 {
            // Cost counts every fraction; the list shows what reads as at least 0.1 FTE.
            let used = plan.periods.indices.filter { values[$0] >= 0.05 }
            lines.append("\(name) (up to \(NumberText.fixed(limit)) FTE at once, £\(NumberText.fixed(perYear, 0)) an FTE-year): "
                         + (used.isEmpty ? "none" : used.map { "\(plan.periods[$0].label) \(NumberText.fixed(values[$0]))" }.joined(separator: ", ")
                            + " FTE — £\(NumberText.fixed(cost, 0))") + ".")
        }
        if lines.isEmpty { return [] }
        return lines + ["The whole plan costs £\(NumberText.fixed(plan.totalCost, 0))"
                        + (levers.overshootCostPerFTEYear > 0 ? "; it keeps permanent FTE from running ahead of the target (each FTE beyond it priced at £\(NumberText.fixed(levers.overshootCostPerFTEYear, 0)) a year)." : ".")]
    }

    /// How the projection treats the rates' uncertainty, as the report and the page say it.
    public static func uncertaintyText(_ uncertainty: Double) -> String {
        uncertainty > 0
            ? ", each future's leaver and retirement rates scaled together by one factor (mean 1, ±\(NumberText.percent(uncertainty, 0)))"
            : ", the rates taken as exactly known"
    }
}
