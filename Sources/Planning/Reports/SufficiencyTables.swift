import Workforce

/// The sufficiency tables as CSV: every number the summary prints, and the hour-by-hour detail.
public enum SufficiencyTables {
    /// `demand_by_hour.csv`: per hour of the week, referrals logged and expected, load, teams and AMHPs.
    public static func byHour(_ analysis: SufficiencyAnalysis, hub: Hub) -> String {
        let requirement = analysis.requirement
        // Duty is off the rota: AMHPs on duty are not on duty for referrals.
        let week = WeekShifts(shifts: hub.rotaShiftTypes)
        let needed = week.onDutyByHour { analysis.cover.cover($0, $1)?.amhps ?? 0 }
        let minimum = week.onDutyByHour { hub.coverRule(for: $0, shift: $1)?.minimum ?? 0 }
        let target = week.onDutyByHour { hub.coverRule(for: $0, shift: $1)?.target ?? 0 }
        let rows = (0..<168).map { hour -> [String] in
            [String(hour), HourOfWeekText.days[hour / 24], String(hour % 24), String(analysis.profile.countsByHourOfWeek[hour]),
             NumberText.fixed(requirement.referralsPerHour[hour], 4), NumberText.fixed(requirement.assessmentsPerHour[hour], 4),
             NumberText.fixed(requirement.offeredLoad[hour], 3), String(requirement.teamsNeeded[hour]),
             String(analysis.cover.teamsOnDuty[hour]),
             NumberText.fixed(requirement.shareInTime(hour: hour, teams: analysis.cover.teamsOnDuty[hour]), 4), String(needed[hour]), String(minimum[hour]), String(target[hour])]
        }
        return CSVDocument.make(header: ["hour_of_week", "day", "hour", "referrals_logged", "referrals_expected_per_hour",
                                         "assessments_expected_per_hour", "offered_load_teams", "teams_needed_alone", "teams_on_duty", "share_in_time",
                                         "amhps_on_duty_needed", "amhps_on_duty_minimum", "amhps_on_duty_target"], rows: rows)
    }

    /// `demand_by_month.csv`: referrals per calendar month of the log, per day, and the seasonal index.
    public static func byMonth(_ analysis: SufficiencyAnalysis) -> String {
        let profile = analysis.profile
        let rows = profile.months.map { count -> [String] in
            [SpreadsheetCell.monthText(count.month), String(count.referrals), String(count.daysObserved),
             NumberText.fixed(Double(count.referrals) / Double(max(count.daysObserved, 1)), 2),
             profile.observedMonthIndex[count.month.month - 1].map { NumberText.fixed($0, 3) } ?? "",
             NumberText.fixed(profile.seasonalIndex[count.month.month - 1], 3)]
        }
        return CSVDocument.make(header: ["month", "referrals", "days_observed", "referrals_per_day", "observed_month_index",
                                         "seasonal_index"], rows: rows)
    }

    /// `cover_needed.csv`: per kind of day and shift, teams and AMHPs needed beside cover.csv.
    public static func cover(_ analysis: SufficiencyAnalysis) -> String {
        let rows = analysis.cover.shifts.map { line -> [String] in
            [line.dayType.rawValue, line.shiftCode, String(line.teams), String(line.amhps), String(line.hubMinimum),
             String(line.hubTarget), String(line.amhps - line.hubMinimum)]
        }
        return CSVDocument.make(header: ["day_type", "shift", "teams_needed", "amhps_needed", "hub_minimum", "hub_target",
                                         "needed_minus_minimum"], rows: rows)
    }

    /// `fte.csv`: the arithmetic from hours to FTE and the gap, one quantity a row.
    public static func fte(_ analysis: SufficiencyAnalysis) -> String {
        let basis = analysis.basis
        var rows: [[String]] = [
            ["working_days", NumberText.plain(Double(basis.workingDays)), "weekdays that are not bank holidays in the 365 days from \(analysis.month.firstDay)"],
            ["contracted_hours_per_fte", NumberText.fixed(basis.contractedHours), "working days × \(NumberText.plain(basis.dayHours)) hours"],
            ["annual_leave_hours", NumberText.fixed(basis.annualLeaveHours), "abstraction"],
            ["sickness_hours", NumberText.fixed(basis.sicknessHours), "abstraction"],
            ["training_hours", NumberText.fixed(basis.trainingHours), "abstraction (18 hours a year for re-approval)"],
            ["supervision_hours", NumberText.fixed(basis.supervisionHours), "abstraction"],
            ["other_duties_hours", NumberText.fixed(basis.otherDutiesHours), "abstraction"],
            ["toil_hours", NumberText.fixed(basis.toilHours),
             analysis.toilGivenBack.map { "abstraction: TOIL taken back, from the ledger's \($0.months.count) months to \($0.months.last.map(\.description) ?? "")" }
                ?? "abstraction: TOIL taken back, as planning.yaml assumes"],
            ["rota_hours_per_fte", NumberText.fixed(basis.deliveredHoursPerFTE), "what 1 rota FTE gives the rota in a year"],
            ["needed_hours", NumberText.fixed(analysis.neededHours), "AMHP-hours a year for the demand-led cover"],
            ["needed_fte", NumberText.fixed(analysis.neededFTE, 2), "demand-led cover"],
            ["minimum_cover_fte", NumberText.fixed(analysis.minimumCoverFTE, 2), "the hub's minimum cover (cover.csv)"],
            ["target_cover_fte", NumberText.fixed(analysis.targetCoverFTE, 2), "the hub's target cover (cover.csv)"],
            ["available_fte", NumberText.fixed(analysis.availableFTE, 2), "the current workforce in \(analysis.month)"],
        ]
        rows += analysis.availableByEmployer.map { ["available_fte_\($0.employer)", NumberText.fixed($0.fte, 2), "\($0.headcount) AMHPs"] }
        rows += [
            ["gap_fte", NumberText.fixed(analysis.gapFTE, 2), "needed − available; positive is short"],
            ["uncovered_shifts_per_month", NumberText.fixed(analysis.uncoveredShiftsPerMonth, 1), "AMHP shifts a month the workforce cannot staff"],
        ]
        return CSVDocument.make(header: ["quantity", "value", "meaning"], rows: rows)
    }

    /// `workforce_fte.csv`: each AMHP's contract or agreement in rota FTE.
    public static func workforce(_ analysis: SufficiencyAnalysis) -> String {
        let rows = analysis.workforce.map { person -> [String] in
            [person.amhpID, person.name, person.employer, person.profession.rawValue, NumberText.fixed(person.rotaFTE, 3),
             NumberText.fixed(person.approvedShare, 3), NumberText.fixed(person.effectiveFTE, 3)]
        }
        return CSVDocument.make(header: ["amhp_id", "name", "employer", "profession", "rota_fte", "approved_share_of_month", "effective_fte"],
                                rows: rows)
    }

    /// `fte_sensitivity.csv`: each assumption swung alone, widest first, then all of them together.
    public static func sensitivity(_ sensitivity: SufficiencySensitivity) -> String {
        var rows = sensitivity.swings.map { swing in
            [swing.assumption.rawValue, swing.lowValue, swing.highValue, NumberText.fixed(swing.lowFTE, 2), NumberText.fixed(swing.highFTE, 2)]
        }
        rows.append(["all_together", "every low value", "every high value", NumberText.fixed(sensitivity.lowFTE, 2),
                     NumberText.fixed(sensitivity.highFTE, 2)])
        return CSVDocument.make(header: ["assumption", "low_value", "high_value", "fte_needed_low", "fte_needed_high"], rows: rows)
    }

    /// `benchmarks.csv`: the reference ratios beside the published ones (empty without a population).
    public static func benchmarks(_ analysis: SufficiencyAnalysis) -> String {
        guard let ratios = analysis.ratios else { return CSVDocument.make(header: ["measure", "hub", "benchmark", "source"], rows: []) }
        return CSVDocument.make(header: ["measure", "hub", "benchmark", "source"], rows: [
            ["amhps_per_100000", NumberText.fixed(ratios.amhpsPer100000, 2), NumberText.plain(ratios.benchmarks.amhpsPer100000),
             "BASW working guideline: 1 AMHP per 10,000 population"],
            ["rota_fte_per_100000", NumberText.fixed(ratios.rotaFTEPer100000, 2), NumberText.plain(ratios.benchmarks.amhpsPer100000),
             "the same in rota FTE (the guideline counts AMHPs)"],
            ["amhps_at_the_guideline", String(ratios.approvedAMHPs), String(ratios.benchmarkMinimumAMHPs),
             "whole AMHPs, rounded up: \(NumberText.fixed(ratios.benchmarkAMHPs)) for this population"],
            ["assessments_per_100000_a_year", NumberText.fixed(ratios.assessmentsPer100000, 1), NumberText.plain(ratios.benchmarks.assessmentsPer100000),
             "ADASS 2016/17: MHA assessments per 100,000 population a year"],
            ["referrals_per_100000_a_year", NumberText.fixed(ratios.referralsPer100000, 1), "", "referrals before screening"],
        ])
    }
}
