import Planning
import Workforce

/// What `/sufficiency` shows: the form, then the summary, the charts inline, the tables and the
/// CSV links, every number already written as the page prints it.
struct SufficiencyPageModel: Encodable {
    struct Figure: Encodable {
        let label: String
        let value: String
        let note: String
    }

    struct ShiftRow: Encodable {
        let dayType: String
        let shift: String
        let teams: Int
        let needed: Int
        let minimum: Int
        let target: Int
        let difference: String
        /// The demand needs more than the hub's minimum.
        let short: Bool
    }

    struct Row: Encodable {
        let label: String
        let value: String
        let note: String
    }

    struct Report: Encodable {
        let title: String
        let isShort: Bool
        let headline: String
        let response: String
        let figures: [Figure]
        let shifts: [ShiftRow]
        let uncoveredHours: [String]
        let basis: [Row]
        let employers: [Row]
        let ratios: [Row]
        let heatmapSVG: String
        let coverSVG: String
        /// The FTE needed as a range, and what moves it most; empty when not worked out.
        let sensitivity: String
        let tornadoSVG: String
        /// Response by priority class (empty for one queue) and the simulation check (nil when not run).
        let priorities: [PriorityRow]
        let simulation: SimulationView?
        let downloads: [DownloadLink]
    }

    /// The form's values as the lead gave them (or the month the model chose).
    var month: String
    var demandChange: String
    let error: String?
    let report: Report?
    /// Why a typed value was refused, shown beside its field (`SufficiencyPageModel+Refused.swift`).
    var monthError: String? = nil
    var demandChangeError: String? = nil
    /// The assumptions the lead may move for this run, blank for planning.yaml's; shown open when one is given.
    var assumptions: [AssumptionField] = []
    /// Set by `openAssumptions()`: Swift calls no observer while an initializer sets a property.
    var assumptionsOpen = false

    /// Opens the assumptions when one is given or refused.
    mutating func openAssumptions() {
        assumptionsOpen = assumptions.contains { !$0.value.isEmpty || $0.error != nil }
    }

    struct AssumptionField: Encodable {
        let key: String
        let label: String
        var value: String
        let minimum: String
        let maximum: String
        let step: String
        var error: String?

        static func fields(_ values: (SufficiencyAssumption) -> String) -> [AssumptionField] {
            SufficiencyAssumption.allCases.map { assumption in
                AssumptionField(key: assumption.rawValue, label: assumption.label, value: values(assumption),
                                minimum: NumberText.plain(assumption.range.lowerBound), maximum: NumberText.plain(assumption.range.upperBound),
                                step: assumption.isWholeNumber ? "1" : "any", error: nil)
            }
        }

        static func fields(_ query: SufficiencyQuery) -> [AssumptionField] {
            fields { query.assumptions[$0].map(NumberText.plain) ?? "" }
        }
    }

    init(query: SufficiencyQuery, error: String?) {
        month = query.month?.description ?? ""
        assumptions = AssumptionField.fields(query)
        assumptionsOpen = !query.assumptions.isEmpty
        demandChange = query.demandChangePercent == 0 ? "" : NumberText.plain(query.demandChangePercent)
        self.error = error
        report = nil
    }

    init(query: SufficiencyQuery, summary: SufficiencySummary, heatmap: String, cover: String, tornado: String) {
        month = summary.month
        assumptions = AssumptionField.fields(query)
        assumptionsOpen = !query.assumptions.isEmpty
        demandChange = query.demandChangePercent == 0 ? "" : NumberText.plain(query.demandChangePercent)
        error = nil
        let fixed = { (value: Double) in NumberText.fixed(value) }
        let monthName = Month(summary.month).map(MonthName.full) ?? summary.month
        let change = query.demandChangePercent == 0 ? "" : ", demand \(NumberText.signed(query.demandChangePercent, 0))%"
        let isShort = summary.gapFTE > 0
        report = Report(
            title: "\(summary.hubName): sufficiency for \(monthName)\(change)",
            isShort: isShort,
            headline: isShort
                ? "\(fixed(summary.gapFTE)) FTE short: about \(NumberText.fixed(summary.uncoveredShiftsPerMonth, 0)) AMHP shifts a month the workforce cannot staff at the cover the demand needs."
                : "Sufficient: \(fixed(-summary.gapFTE)) FTE above what the demand-led cover needs.",
            response: "Response target: \(NumberText.percent(summary.response.targetShare, 0)) of referrals picked up within "
                + ((summary.response.priorities?.count ?? 0) > 1 ? "their priority's time" : "\(NumberText.plain(summary.response.withinHours)) hours")
                + "; the cover below achieves \(NumberText.percent(summary.response.achievedShare))"
                + (summary.response.periods.map { periods in
                    ": " + periods.map { "\($0.label) \(NumberText.percent($0.achievedShare))\($0.minimum.map { " (minimum \(NumberText.percent($0, 0)))" } ?? "")" }
                        .joined(separator: ", ") } ?? "") + ". "
                + "Demand: \(summary.referrals.logged) referrals logged from \(summary.referrals.firstDay) to \(summary.referrals.lastDay), "
                + "\(NumberText.fixed(summary.referrals.perYear, 0)) a year at the current level; seasonal index \(NumberText.fixed(summary.referrals.seasonalIndex, 2)).",
            figures: [
                Figure(label: "FTE needed", value: fixed(summary.neededFTE),
                       note: summary.sensitivity.map { "for the demand-led cover; \(fixed($0.lowFTE)) to \(fixed($0.highFTE)) as the assumptions move" }
                           ?? "for the demand-led cover"),
                Figure(label: "FTE over the year", value: summary.year.map { fixed($0.neededFTE) } ?? "–",
                       note: "each month with its own cover, rather than this month's all year"),
                Figure(label: "FTE available", value: fixed(summary.availableFTE), note: "the current workforce in the month"),
            ] + (summary.secondWorkerFTE.map { [Figure(label: "Second workers", value: fixed($0), note: "FTE beside one AMHP per assessment; not AMHPs")] } ?? []) + [
                Figure(label: isShort ? "Gap" : "Margin", value: fixed(abs(summary.gapFTE)), note: isShort ? "FTE short" : "FTE to spare"),
                Figure(label: "Uncovered shifts", value: NumberText.fixed(summary.uncoveredShiftsPerMonth, 0), note: "AMHP shifts a month"),
                Figure(label: "Hub minimum cover", value: fixed(summary.minimumCoverFTE), note: "FTE for cover.csv's minimums"),
                Figure(label: "Hub target cover", value: fixed(summary.targetCoverFTE), note: "FTE for cover.csv's targets"),
            ],
            shifts: summary.shifts.map { line in
                ShiftRow(dayType: PlanningPageText.dayType(line.dayType), shift: "\(line.shift) \(line.shiftName)", teams: line.teamsNeeded,
                         needed: line.amhpsNeeded, minimum: line.hubMinimum, target: line.hubTarget,
                         difference: NumberText.signed(Double(line.neededMinusMinimum), 0), short: line.neededMinusMinimum > 0)
            },
            uncoveredHours: summary.uncoveredHours.map { "\($0.label): \($0.teams) team(s) needed, and no shift covers the hour." },
            basis: [
                Row(label: "Contracted hours", value: NumberText.fixed(summary.basis.contractedHours, 0), note: "a year for 1 FTE"),
                Row(label: "Annual leave", value: "− " + NumberText.fixed(summary.basis.annualLeaveHours, 0), note: ""),
                Row(label: "Sickness", value: "− " + NumberText.fixed(summary.basis.sicknessHours, 0), note: ""),
                Row(label: "Training", value: "− " + NumberText.fixed(summary.basis.trainingHours, 0), note: "18 hours a year for re-approval"),
                Row(label: "Supervision", value: "− " + NumberText.fixed(summary.basis.supervisionHours, 0), note: ""),
                Row(label: "Other duties", value: "− " + NumberText.fixed(summary.basis.otherDutiesHours, 0), note: ""),
                Row(label: "TOIL taken back", value: "− " + NumberText.fixed(summary.basis.toilHours, 0), note: Self.toilNote(summary.basis)),
                Row(label: "Rota hours per FTE", value: NumberText.fixed(summary.basis.rotaHoursPerFTE, 0), note: "what 1 FTE gives the rota in a year"),
                Row(label: "AMHP-hours needed", value: NumberText.fixed(summary.basis.neededHours, 0), note: "a year, for the demand-led cover"),
            ],
            employers: summary.employers.map { Row(label: $0.employer, value: fixed($0.fte), note: "\($0.headcount) AMHPs") },
            ratios: summary.ratios.map { ratios in
                [
                    Row(label: "AMHPs per 100,000", value: fixed(ratios.amhpsPer100000),
                        note: "\(ratios.approvedAMHPs) approved, \(fixed(ratios.rotaFTEPer100000)) in rota FTE; BASW working guideline "
                            + "\(NumberText.plain(ratios.benchmarkAMHPsPer100000)): at least \(ratios.benchmarkMinimumAMHPs) AMHPs "
                            + "(\(fixed(ratios.benchmarkAMHPs)))"),
                    Row(label: "Assessments per 100,000 a year", value: NumberText.fixed(ratios.assessmentsPer100000, 0),
                        note: "ADASS 2016/17 national rate \(NumberText.plain(ratios.benchmarkAssessmentsPer100000))"),
                    Row(label: "Referrals per 100,000 a year", value: NumberText.fixed(ratios.referralsPer100000, 0),
                        note: "population \(NumberText.fixed(ratios.population, 0))\(ratios.populationSource.isEmpty ? "" : ", \(ratios.populationSource)")"),
                ]
            } ?? [],
            heatmapSVG: PlanningPageText.inline(heatmap),
            coverSVG: PlanningPageText.inline(cover),
            sensitivity: summary.sensitivity.map { sensitivity in
                "\(fixed(sensitivity.lowFTE)) to \(fixed(sensitivity.highFTE)) FTE with every assumption at its low or high value "
                    + "(central \(fixed(sensitivity.centralFTE))). Each alone, widest first: "
                    + sensitivity.swings.map { "\($0.label.lowercased()) \($0.lowValue) to \($0.highValue) gives \(fixed($0.lowFTE)) to \(fixed($0.highFTE))" }
                        .joined(separator: "; ") + "."
            } ?? "",
            tornadoSVG: tornado.isEmpty ? "" : PlanningPageText.inline(tornado),
            priorities: Self.priorityRows(summary),
            simulation: Self.simulationView(summary),
            downloads: (SufficiencyReports.tables + SufficiencyReports.charts).map { file in
                var fixedQuery = query
                fixedQuery.month = Month(summary.month)
                return DownloadLink(label: file.file, href: "/api/sufficiency/\(file.file)\(fixedQuery.queryString)")
            })
    }

    /// Where the TOIL line's hours come from, as the page says it.
    static func toilNote(_ basis: SufficiencySummary.Basis) -> String {
        guard let ledger = basis.toilLedger else { return "as planning.yaml assumes (abstractions.toil_hours); no ledger figures" }
        let scaled = ledger.months < TOILGivenBack.monthsCounted ? ", scaled to a year" : ""
        return "from the TOIL ledger, \(ledger.firstMonth) to \(ledger.lastMonth)\(scaled): LA AMHPs accrued "
            + "\(NumberText.fixed(ledger.accruedHours, 0)) hours, \(NumberText.fixed(ledger.paidOutHours, 0)) paid out, "
            + "\(NumberText.fixed(ledger.hoursPerYear, 0)) a year over \(NumberText.fixed(ledger.localAuthorityFTE)) LA FTE "
            + "(NHS AMHPs' \(NumberText.fixed(ledger.nhsAccruedHours, 0)) hours not counted)"
    }
}
