import Workforce

/// The summary `amhp sufficiency` prints: demand, cover needed against the hub's, FTE and the gap,
/// and the reference ratios.
public enum SufficiencyReportText {
    public static func make(_ analysis: SufficiencyAnalysis, hubName: String, sensitivity: SufficiencySensitivity? = nil,
                            year: SufficiencyYear? = nil, simulation: SufficiencySimulation? = nil) -> String {
        let settings = analysis.settings, profile = analysis.profile
        var lines = ["\(hubName): sufficiency for \(MonthName.full(analysis.month))"]
        lines.append("Demand: \(profile.referralCount) referrals from \(profile.window.first) to \(profile.window.last); "
                     + "\(NumberText.fixed(profile.annualReferrals, 0)) in the last year"
                     + (profile.growthPerYear.map { " (\(NumberText.signed($0 * 100))% on the year before)" } ?? "") + ".")
        let index = profile.seasonalIndex[analysis.month.month - 1]
        var level = "Planning for \(MonthName.full(analysis.month)): seasonal index \(NumberText.fixed(index, 2))"
        if analysis.demandFactor != 1 { level += ", demand changed by \(NumberText.signed((analysis.demandFactor - 1) * 100))%" }
        lines.append(level + " (busiest month: \(MonthName.names[profile.busiestCalendarMonth - 1])).")
        let workload = settings.workload
        lines.append("Workload: \(NumberText.percent(workload.shareAssessed, 0)) of referrals assessed, \(NumberText.fixed(workload.hoursPerAssessment)) hours each "
                     + "(assessment \(NumberText.plain(workload.assessmentHours)), travel \(NumberText.plain(workload.travelHours)), "
                     + "recording \(NumberText.plain(workload.recordingHours))), "
                     + (workload.hasSecondWorker ? "1 AMHP and a second worker attend." : "\(workload.amhpsPerAssessment) AMHPs attend."))
        let measure = settings.response.measure == .overall ? "of the week's referrals" : "in every hour of the week"
        let within = analysis.requirement.classes.count > 1 ? "within their priority's time" : "within \(NumberText.plain(settings.response.withinHours)) hours"
        lines.append("Response target: \(NumberText.percent(settings.response.share, 0)) \(measure) picked up \(within) "
                     + "(Erlang C on the time-varying offered load, peak \(NumberText.fixed(analysis.requirement.offeredLoad.max() ?? 0, 2)) teams busy); "
                     + "the cover below achieves \(NumberText.percent(analysis.cover.shareInTime)).")
        let minimums = ResponsePeriod.allCases.compactMap { period in settings.response.minimum(for: period).map { "\(period.label) at least \(NumberText.percent($0, 0))" } }
        lines.append("In time by part of the week: " + analysis.shareInTimeByPeriod.map { "\($0.period.label) \(NumberText.percent($0.share))" }.joined(separator: ", ")
                     + (minimums.isEmpty ? " (no minimum of their own)." : " (minimums: \(minimums.joined(separator: ", "))).") )
        lines += priorityLines(analysis)
        if let simulation { lines += simulationLines(simulation) }
        lines.append("Cover needed per shift (AMHPs; the hub's minimum/target from cover.csv):")
        for dayType in DayType.allCases {
            let cells = analysis.cover.shifts.filter { $0.dayType == dayType }.map { line in
                "\(line.shiftCode) \(line.amhps) (\(line.hubMinimum)/\(line.hubTarget))"
            }
            lines.append("  \(dayType.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(cells.joined(separator: "  "))")
        }
        for gap in analysis.cover.uncoveredHours.prefix(5) {
            lines.append("  ! No shift covers \(HourOfWeekText.label(gap.hourOfWeek)): \(gap.teams) team(s) needed then.")
        }
        let basis = analysis.basis
        lines.append("One rota FTE: \(NumberText.fixed(basis.contractedHours, 0)) contracted hours − leave \(NumberText.fixed(basis.annualLeaveHours, 0)) "
                     + "− sickness \(NumberText.fixed(basis.sicknessHours, 0)) − training \(NumberText.fixed(basis.trainingHours, 0)) "
                     + "− supervision \(NumberText.fixed(basis.supervisionHours, 0)) − other duties \(NumberText.fixed(basis.otherDutiesHours, 0)) "
                     + "− TOIL taken back \(NumberText.fixed(basis.toilHours, 0)) "
                     + "= \(NumberText.fixed(basis.deliveredHoursPerFTE, 0)) rota hours a year.")
        lines.append(Self.toilLine(analysis))
        lines.append("FTE needed: \(NumberText.fixed(analysis.neededFTE)) for the demand-led cover "
                     + "(hub minimum cover \(NumberText.fixed(analysis.minimumCoverFTE)), target cover \(NumberText.fixed(analysis.targetCoverFTE))).")
        if let year {
            lines.append("FTE needed over the year, each month with its own cover: \(NumberText.fixed(year.neededFTE)) "
                         + "(from \(NumberText.fixed(year.months.map(\.neededFTE).min() ?? 0)) to \(NumberText.fixed(year.months.map(\.neededFTE).max() ?? 0)) by month); "
                         + "holding \(MonthName.full(analysis.month))'s cover all year needs \(NumberText.fixed(analysis.neededFTE)).")
        }
        if let second = analysis.secondWorkerFTE {
            lines.append("Second workers (not AMHPs) beside them: \(NumberText.fixed(second)) FTE, not counted in the AMHPs' gap below.")
        }
        let employers = analysis.availableByEmployer.map { "\($0.employer) \(NumberText.fixed($0.fte)) (\($0.headcount))" }
        lines.append("FTE available: \(NumberText.fixed(analysis.availableFTE)) = \(employers.joined(separator: " + ")).")
        if analysis.gapFTE > 0 {
            lines.append("Sufficiency gap: \(NumberText.fixed(analysis.gapFTE)) FTE short, about \(NumberText.fixed(analysis.uncoveredShiftsPerMonth, 0)) AMHP shifts a month uncovered.")
        } else {
            lines.append("Sufficiency: \(NumberText.fixed(-analysis.gapFTE)) FTE above what the demand-led cover needs.")
        }
        if let sensitivity {
            lines.append("FTE needed as the assumptions move: \(NumberText.fixed(sensitivity.lowFTE)) to \(NumberText.fixed(sensitivity.highFTE)) "
                         + "(central \(NumberText.fixed(sensitivity.centralFTE))); each alone, widest first:")
            for swing in sensitivity.swings {
                lines.append("  \(swing.assumption.label) \(swing.lowValue) to \(swing.highValue): "
                             + "\(NumberText.fixed(swing.lowFTE)) to \(NumberText.fixed(swing.highFTE)) FTE.")
            }
        }
        if let ratios = analysis.ratios {
            lines.append("Reference ratios (population \(NumberText.fixed(ratios.population, 0))\(ratios.populationSource.isEmpty ? "" : ", \(ratios.populationSource)")):")
            lines.append("  AMHPs: \(ReferenceRatiosText.amhps(ratios)); \(ReferenceRatiosText.baswGuideline(ratios)).")
            lines.append("  Assessments per 100,000 a year: \(NumberText.fixed(ratios.assessmentsPer100000, 0)) "
                         + "(referrals \(NumberText.fixed(ratios.referralsPer100000, 0))); ADASS 2016/17 national rate \(NumberText.plain(ratios.benchmarks.assessmentsPer100000)).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the TOIL abstraction comes from: the ledger's months, or the setting.
    static func toilLine(_ analysis: SufficiencyAnalysis) -> String {
        guard let toil = analysis.toilGivenBack else {
            return "TOIL taken back: \(NumberText.fixed(analysis.basis.toilHours, 0)) hours a year per FTE, as planning.yaml assumes "
                + "(abstractions.toil_hours); put the ledger's months in toil_by_month.csv (amhp toil months) to use the hub's own record."
        }
        let span = toil.months.count == 1 ? "\(toil.months[0])" : "\(toil.months.first.map(\.description) ?? "") to \(toil.months.last.map(\.description) ?? "")"
        let scaled = toil.months.count < TOILGivenBack.monthsCounted ? ", scaled to a year" : ""
        return "TOIL taken back, from the ledger (\(span), \(toil.months.count) month\(toil.months.count == 1 ? "" : "s")\(scaled)): "
            + "LA AMHPs accrued \(NumberText.fixed(toil.accruedHours, 0)) hours of overtime, \(NumberText.fixed(toil.paidOutHours, 0)) of them paid out, "
            + "so \(NumberText.fixed(toil.hoursPerYear, 0)) hours a year come back out of rota time: "
            + "\(NumberText.fixed(toil.hoursPerFTE, 1)) per FTE over \(NumberText.fixed(toil.localAuthorityFTE)) LA FTE. "
            + "NHS AMHPs' \(NumberText.fixed(toil.nhsAccruedHours, 0)) hours come back out of NHS time and are not counted."
    }
}
