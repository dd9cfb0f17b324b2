import Planning

/// What `/succession` shows: the register with its flags, the fan chart against the target, the
/// projection quarter by quarter, the training plan and the CSV links.
struct SuccessionPageModel: Encodable {
    struct RegisterRow: Encodable {
        let id: String
        let name: String
        let employer: String
        let status: String
        let age: String
        let warrantExpiry: String
        let daysToReapproval: String
        let cpdHours: String
        let towardsReapproval: String
        let hoursNeeded: String
        let booked: String
        let flags: [Flag]
    }

    struct Flag: Encodable {
        let text: String
        /// `bad` for what needs action now, `warn` for what needs watching.
        let level: String
    }

    struct QuarterRow: Encodable {
        let label: String
        let target: String
        let withoutPlan: String
        let withPlan: String
        /// Agency and extra NHS shifts bought for the quarter, held against the target with the median.
        let temporary: String
        let headcount: String
        let meetsTarget: Bool
        let whyNot: String
    }

    struct IntakeRow: Encodable {
        let start: String
        let trainees: Int
        let cost: String
        let approvedFrom: String
    }

    struct Report: Encodable {
        let title: String
        let registerSummary: String
        let flagged: Int
        let register: [RegisterRow]
        let assumptions: String
        let fanSVG: String
        let quarters: [QuarterRow]
        let intakes: [IntakeRow]
        /// The levers beside training the plan used, one line each, and the whole cost.
        let levers: [String]
        let planSummary: String
        let shortQuarters: Int
        let downloads: [DownloadLink]
    }

    /// The form's values as shown: as the lead typed them when refused (`SuccessionPageModel+Refused.swift`).
    var asOf: String
    var simulations: String
    let error: String?
    let report: Report?
    /// Why a typed value was refused, shown beside its field.
    var asOfError: String? = nil
    var simulationsError: String? = nil

    init(query: SuccessionQuery, error: String?) {
        asOf = query.asOf.description
        simulations = String(query.simulations)
        self.error = error
        report = nil
    }

    init(query: SuccessionQuery, summary: SuccessionSummary, fan: String) {
        asOf = query.asOf.description
        simulations = String(query.simulations)
        error = nil
        let register = summary.register, projection = summary.projection, plan = summary.trainingPlan
        let count = { (status: String) in register.counts[status] ?? 0 }
        let rows = register.entries.map(Self.registerRow)
        let shortQuarters = plan.quarters.filter { !$0.meetsTarget }.count
        report = Report(
            title: "\(summary.hubName): succession as of \(register.asOf)",
            registerSummary: "\(count("approved") + count("suspended")) approved (\(count("suspended")) suspended), "
                + "\(count("approved_from_later")) approved from a later date, \(count("trainee")) trainees, \(count("expired")) lapsed."
                + (register.shareAged55OrOver.map { " \(NumberText.percent($0, 0)) of those with a known age are 55 or over." } ?? "")
                + (register.withoutAge.isEmpty ? "" : " No date of birth for \(register.withoutAge.joined(separator: ", ")): retirement by age is not modelled for them."),
            flagged: rows.filter { !$0.flags.isEmpty }.count,
            register: rows,
            assumptions: "\(projection.simulations) simulated futures; re-approval \(NumberText.percent(projection.reapprovalRate, 0)); leavers "
                + projection.leaverRates.sorted { EmployerOrder.precedes($0.key, $1.key) }.map { "\($0.key) \(NumberText.percent($0.value, 0))" }.joined(separator: ", ")
                + " a year" + SuccessionReportText.uncertaintyText(projection.rateUncertainty) + ". Target: \(NumberText.fixed(projection.target.baseFTE)) rota FTE from \(projection.target.source)"
                + (projection.target.growthPerYear != 0 ? ", growing \(NumberText.signed(projection.target.growthPerYear * 100))% a year." : "."),
            fanSVG: PlanningPageText.inline(fan),
            quarters: zip(projection.quarters, plan.quarters).map { quarter, planned in
                QuarterRow(label: quarter.label, target: NumberText.fixed(quarter.target), withoutPlan: PlanningPageText.band(quarter.fteWithoutPlan),
                           withPlan: PlanningPageText.band(quarter.fteWithPlan),
                           temporary: planned.agencyFTE + planned.nhsExtraFTE > 1e-6 ? NumberText.fixed(planned.agencyFTE + planned.nhsExtraFTE) : "–",
                           headcount: NumberText.fixed(quarter.headcountWithPlan.median, 0),
                           meetsTarget: planned.meetsTarget,
                           whyNot: planned.whyNot.map { "\(NumberText.fixed(planned.shortBy)) FTE short: \($0)." } ?? "")
            },
            intakes: plan.intakes.map {
                IntakeRow(start: $0.start, trainees: $0.trainees, cost: PlanningPageText.pounds($0.cost), approvedFrom: $0.approvedFrom)
            },
            levers: Self.leverLines(plan),
            planSummary: "\(plan.totalTrainees) trainees in all, \(PlanningPageText.pounds(plan.costs.training)) "
                + "(GLPK; \(plan.capacityPerYear) places a year, \(NumberText.percent(plan.passRate, 0)) pass, \(plan.courseMonths)-month course, "
                + "\(PlanningPageText.pounds(plan.costPerTrainee)) each). "
                + (shortQuarters == 0 ? "With the plan the median projected FTE meets the target in every quarter."
                   : "With the plan the median still falls short in \(shortQuarters) of \(plan.quarters.count) quarters (see why below)."),
            shortQuarters: shortQuarters,
            downloads: (SuccessionReports.tables + [SuccessionReports.fanChart]).map {
                DownloadLink(label: $0.file, href: "/api/succession/\($0.file)\(query.queryString)")
            })
    }

    static func registerRow(_ entry: RegisterSummary.Entry) -> RegisterRow {
        var flags: [Flag] = []
        if entry.reapprovalDueWhileUnder18 {
            flags.append(Flag(text: "Re-approval due while under 18 h", level: "bad"))
        } else if entry.under18Hours {
            flags.append(Flag(text: "Under 18 h CPD", level: "warn"))
        }
        if entry.reapprovalDueWithinYear && !entry.reapprovalDueWhileUnder18 {
            flags.append(Flag(text: "Re-approval due within a year", level: "warn"))
        }
        if entry.status == "suspended" { flags.append(Flag(text: "Suspended", level: "bad")) }
        if entry.status == "expired" { flags.append(Flag(text: "Warrant lapsed", level: "bad")) }
        if entry.shortApprovalYears > 0 {
            flags.append(Flag(text: "\(entry.shortApprovalYears) short CPD year\(entry.shortApprovalYears == 1 ? "" : "s"): "
                                    + "\(NumberText.percent(entry.reapprovalChance, 0)) chance of re-approval", level: "warn"))
        }
        return RegisterRow(
            id: entry.amhpID, name: entry.name, employer: entry.employer, status: entry.status.replacingOccurrences(of: "_", with: " "),
            age: entry.age.map(String.init) ?? "", warrantExpiry: entry.warrantExpiry ?? "",
            daysToReapproval: entry.daysToReapproval.map(String.init) ?? "", cpdHours: NumberText.fixed(entry.cpdHoursLast12Months),
            towardsReapproval: entry.cpdHoursTowardsReapproval.map { NumberText.fixed($0) } ?? "",
            hoursNeeded: entry.hoursNeededForReapproval.map { NumberText.fixed($0) } ?? "",
            booked: entry.bookedHours > 0 ? NumberText.fixed(entry.bookedHours) : "", flags: flags)
    }

    /// The plan's hires, agency and extra NHS shifts as the page lists them; empty when it used none.
    static func leverLines(_ plan: TrainingPlanSummary) -> [String] {
        var lines: [String] = []
        if !plan.hires.isEmpty {
            lines.append("Qualified AMHPs recruited: " + plan.hires.map { "\($0.count) starting \($0.start)" }.joined(separator: ", ")
                         + " (\(PlanningPageText.pounds(plan.costs.recruitment))).")
        }
        for (name, values, cost) in [("Agency AMHPs", plan.quarters.map(\.agencyFTE), plan.costs.agency),
                                     ("Extra NHS shifts", plan.quarters.map(\.nhsExtraFTE), plan.costs.nhsExtra)] {
            let used = plan.quarters.indices.filter { values[$0] >= 0.05 }
            guard !used.isEmpty else { continue }
            lines.append("\(name): " + used.map { "\(plan.quarters[$0].label) \(NumberText.fixed(values[$0])) FTE" }.joined(separator: ", ")
                         + " (\(PlanningPageText.pounds(cost))).")
        }
        return lines.isEmpty ? [] : lines + ["The whole plan costs \(PlanningPageText.pounds(plan.totalCost))."]
    }
}
