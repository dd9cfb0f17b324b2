import Workforce

/// `sufficiency.json`: the numbers the sufficiency summary prints, for programs (the service's
/// API and pages) rather than people. The tables and charts stay in their CSV and SVG files.
public struct SufficiencySummary: Codable, Hashable, Sendable {
    public let hubName: String
    /// The month planned for, `YYYY-MM`.
    public let month: String
    /// Demand as logged times this (1.1 for ten percent more).
    public let demandFactor: Double
    public let referrals: Referrals
    public let response: Response
    /// Rota FTE the demand-led cover, the hub's minimum cover and its target cover need.
    public let neededFTE: Double
    /// FTE of second workers beside one AMHP per assessment; absent without them.
    public let secondWorkerFTE: Double?
    public let minimumCoverFTE: Double
    public let targetCoverFTE: Double
    /// Rota FTE the current workforce gives in the month, and by employer (the LA first).
    public let availableFTE: Double
    public let employers: [Employer]
    /// Needed − available: positive is short.
    public let gapFTE: Double
    /// AMHP shifts a month the workforce cannot staff at the demand-led cover (0 when sufficient).
    public let uncoveredShiftsPerMonth: Double
    public let basis: Basis
    /// Per kind of day and shift: the cover the demand needs beside the cover the hub plans.
    public let shifts: [Shift]
    /// Hours of the week no shift covers although the demand needs teams then.
    public let uncoveredHours: [UncoveredHour]
    /// Per 100,000 population beside published benchmarks; absent without a population.
    public let ratios: Ratios?
    /// How far the FTE needed moves with the assumptions (`SufficiencySensitivity`); absent when not worked out.
    public let sensitivity: Sensitivity?
    /// The FTE needed over the year with each month's own cover, and each month's; absent when not
    /// worked out (and in results kept before it was).
    public let year: Year?
    /// The simulation check of the cover; absent when not run (and in results kept before it was).
    public let simulation: Simulation?

    public struct Year: Codable, Hashable, Sendable {
        public let neededFTE: Double
        public let months: [MonthFTE]

        public struct MonthFTE: Codable, Hashable, Sendable {
            public let month: String
            public let neededFTE: Double

            enum CodingKeys: String, CodingKey {
                case month, neededFTE = "needed_fte"
            }
        }

        enum CodingKeys: String, CodingKey {
            case neededFTE = "needed_fte", months
        }

        init(_ year: SufficiencyYear) {
            neededFTE = year.neededFTE
            months = year.months.map { MonthFTE(month: $0.month.description, neededFTE: $0.neededFTE) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case hubName = "hub_name", month, demandFactor = "demand_factor", referrals, response
        case neededFTE = "needed_fte", secondWorkerFTE = "second_worker_fte", minimumCoverFTE = "minimum_cover_fte", targetCoverFTE = "target_cover_fte"
        case availableFTE = "available_fte", employers, gapFTE = "gap_fte", uncoveredShiftsPerMonth = "uncovered_shifts_per_month"
        case basis, shifts, uncoveredHours = "uncovered_hours", ratios, sensitivity, year, simulation
    }

    public struct Sensitivity: Codable, Hashable, Sendable {
        public let lowFTE: Double
        public let centralFTE: Double
        public let highFTE: Double
        /// Widest first.
        public let swings: [Swing]

        enum CodingKeys: String, CodingKey {
            case lowFTE = "low_fte", centralFTE = "central_fte", highFTE = "high_fte", swings
        }

        public struct Swing: Codable, Hashable, Sendable {
            public let assumption: String
            public let label: String
            public let lowValue: String
            public let highValue: String
            public let lowFTE: Double
            public let highFTE: Double

            enum CodingKeys: String, CodingKey {
                case assumption, label, lowValue = "low_value", highValue = "high_value", lowFTE = "low_fte", highFTE = "high_fte"
            }
        }

        init(_ sensitivity: SufficiencySensitivity) {
            (lowFTE, centralFTE, highFTE) = (sensitivity.lowFTE, sensitivity.centralFTE, sensitivity.highFTE)
            swings = sensitivity.swings.map {
                Swing(assumption: $0.assumption.rawValue, label: $0.assumption.label, lowValue: $0.lowValue, highValue: $0.highValue,
                      lowFTE: $0.lowFTE, highFTE: $0.highFTE)
            }
        }
    }

    public struct Referrals: Codable, Hashable, Sendable {
        /// Referrals in the log and the days it spans.
        public let logged: Int
        public let firstDay: String
        public let lastDay: String
        /// Referrals a year at the current level, before the demand factor.
        public let perYear: Double
        /// The planning month's seasonal index (1 = an average month).
        public let seasonalIndex: Double

        enum CodingKeys: String, CodingKey {
            case logged, firstDay = "first_day", lastDay = "last_day", perYear = "per_year", seasonalIndex = "seasonal_index"
        }
    }

    public struct Response: Codable, Hashable, Sendable {
        /// The target: this share of referrals picked up within these hours.
        public let targetShare: Double
        public let withinHours: Double
        /// The share the demand-led cover achieves.
        public let achievedShare: Double
        /// The same in each part of the week, with the period's own minimum if one is set. Absent
        /// in results kept before they were recorded.
        public let periods: [Period]?
        /// The same for each priority class, in the order they are served (one, `all`, without
        /// classes). Absent in results kept before they were recorded.
        public let priorities: [Priority]?

        enum CodingKeys: String, CodingKey {
            case targetShare = "target_share", withinHours = "within_hours", achievedShare = "achieved_share", periods, priorities
        }

        public struct Period: Codable, Hashable, Sendable {
            /// A `ResponsePeriod`: `office_hours`, `out_of_hours` or `night`.
            public let period: String
            public let label: String
            public let achievedShare: Double
            public let minimum: Double?

            enum CodingKeys: String, CodingKey {
                case period, label, achievedShare = "achieved_share", minimum
            }
        }
    }

    public struct Employer: Codable, Hashable, Sendable {
        public let employer: String
        public let fte: Double
        public let headcount: Int
    }

    /// From a year's contracted hours to the rota hours one FTE gives.
    public struct Basis: Codable, Hashable, Sendable {
        public let contractedHours: Double
        public let annualLeaveHours: Double
        public let sicknessHours: Double
        public let trainingHours: Double
        public let supervisionHours: Double
        public let otherDutiesHours: Double
        /// TOIL taken back out of rota time, an hour figure per FTE a year.
        public let toilHours: Double
        /// Where `toilHours` comes from: the TOIL ledger's months, or nil for the setting.
        public let toilLedger: TOILLedger?
        public let rotaHoursPerFTE: Double
        /// AMHP-hours a year the demand-led cover needs.
        public let neededHours: Double

        enum CodingKeys: String, CodingKey {
            case contractedHours = "contracted_hours", annualLeaveHours = "annual_leave_hours", sicknessHours = "sickness_hours"
            case trainingHours = "training_hours", supervisionHours = "supervision_hours", otherDutiesHours = "other_duties_hours"
            case toilHours = "toil_hours", toilLedger = "toil_ledger"
            case rotaHoursPerFTE = "rota_hours_per_fte", neededHours = "needed_hours"
        }
    }

    /// The ledger's overtime over its latest twelve months, given back as time off (`TOILGivenBack`).
    public struct TOILLedger: Codable, Hashable, Sendable {
        public let firstMonth: String
        public let lastMonth: String
        public let months: Int
        public let accruedHours: Double
        public let paidOutHours: Double
        public let nhsAccruedHours: Double
        public let localAuthorityFTE: Double
        public let hoursPerYear: Double

        enum CodingKeys: String, CodingKey {
            case firstMonth = "first_month", lastMonth = "last_month", months, accruedHours = "accrued_hours"
            case paidOutHours = "paid_out_hours", nhsAccruedHours = "nhs_accrued_hours", localAuthorityFTE = "la_fte"
            case hoursPerYear = "hours_per_year"
        }

        init(_ given: TOILGivenBack) {
            firstMonth = given.months.first?.description ?? ""
            lastMonth = given.months.last?.description ?? ""
            months = given.months.count
            (accruedHours, paidOutHours, nhsAccruedHours) = (given.accruedHours, given.paidOutHours, given.nhsAccruedHours)
            (localAuthorityFTE, hoursPerYear) = (given.localAuthorityFTE, given.hoursPerYear)
        }
    }

    public struct Shift: Codable, Hashable, Sendable {
        public let dayType: String
        public let shift: String
        public let shiftName: String
        public let teamsNeeded: Int
        public let amhpsNeeded: Int
        /// The hub's minimum and target from cover.csv: the cover it plans.
        public let hubMinimum: Int
        public let hubTarget: Int
        public let neededMinusMinimum: Int

        enum CodingKeys: String, CodingKey {
            case dayType = "day_type", shift, shiftName = "shift_name", teamsNeeded = "teams_needed", amhpsNeeded = "amhps_needed"
            case hubMinimum = "hub_minimum", hubTarget = "hub_target", neededMinusMinimum = "needed_minus_minimum"
        }
    }

    public struct UncoveredHour: Codable, Hashable, Sendable {
        public let hourOfWeek: Int
        /// `Mon 14:00`.
        public let label: String
        public let teams: Int

        enum CodingKeys: String, CodingKey {
            case hourOfWeek = "hour_of_week", label, teams
        }
    }

    public struct Ratios: Codable, Hashable, Sendable {
        public let population: Double
        public let populationSource: String
        public let approvedAMHPs: Int
        public let amhpsPer100000: Double
        /// The same in rota FTE rather than headcount.
        public let rotaFTEPer100000: Double
        public let benchmarkAMHPsPer100000: Double
        /// AMHPs the benchmark would give this population.
        public let benchmarkAMHPs: Double
        /// The same as a minimum: whole AMHPs, rounded up.
        public let benchmarkMinimumAMHPs: Int
        public let referralsPer100000: Double
        public let assessmentsPer100000: Double
        public let benchmarkAssessmentsPer100000: Double

        enum CodingKeys: String, CodingKey {
            case population, populationSource = "population_source", approvedAMHPs = "approved_amhps"
            case amhpsPer100000 = "amhps_per_100000", benchmarkAMHPsPer100000 = "benchmark_amhps_per_100000"
            case rotaFTEPer100000 = "rota_fte_per_100000", benchmarkMinimumAMHPs = "benchmark_amhps_minimum"
            case benchmarkAMHPs = "benchmark_amhps", referralsPer100000 = "referrals_per_100000"
            case assessmentsPer100000 = "assessments_per_100000", benchmarkAssessmentsPer100000 = "benchmark_assessments_per_100000"
        }
    }

    public static let fileName = "sufficiency.json"

    public init(_ analysis: SufficiencyAnalysis, hub: Hub, sensitivity: SufficiencySensitivity? = nil, year: SufficiencyYear? = nil,
                simulation: SufficiencySimulation? = nil) {
        self.sensitivity = sensitivity.map(Sensitivity.init)
        self.simulation = simulation.map(Simulation.init)
        self.year = year.map(Year.init)
        hubName = hub.rules.hubName
        month = analysis.month.description
        demandFactor = analysis.demandFactor
        let profile = analysis.profile
        referrals = Referrals(logged: profile.referralCount, firstDay: profile.window.first.description,
                              lastDay: profile.window.last.description, perYear: profile.annualReferrals,
                              seasonalIndex: profile.seasonalIndex[analysis.month.month - 1])
        response = Response(targetShare: analysis.settings.response.share, withinHours: analysis.settings.response.withinHours,
                            achievedShare: analysis.cover.shareInTime,
                            periods: analysis.shareInTimeByPeriod.map { period, share in
                                Response.Period(period: period.rawValue, label: period.label, achievedShare: share,
                                                minimum: analysis.settings.response.minimum(for: period))
                            },
                            priorities: Self.priorities(analysis))
        neededFTE = analysis.neededFTE
        secondWorkerFTE = analysis.secondWorkerFTE
        minimumCoverFTE = analysis.minimumCoverFTE
        targetCoverFTE = analysis.targetCoverFTE
        availableFTE = analysis.availableFTE
        employers = analysis.availableByEmployer.map { Employer(employer: $0.employer, fte: $0.fte, headcount: $0.headcount) }
        gapFTE = analysis.gapFTE
        uncoveredShiftsPerMonth = analysis.uncoveredShiftsPerMonth
        let basis = analysis.basis
        self.basis = Basis(contractedHours: basis.contractedHours, annualLeaveHours: basis.annualLeaveHours,
                           sicknessHours: basis.sicknessHours, trainingHours: basis.trainingHours,
                           supervisionHours: basis.supervisionHours, otherDutiesHours: basis.otherDutiesHours,
                           toilHours: basis.toilHours, toilLedger: analysis.toilGivenBack.map(TOILLedger.init),
                           rotaHoursPerFTE: basis.deliveredHoursPerFTE, neededHours: analysis.neededHours)
        shifts = analysis.cover.shifts.map { line in
            Shift(dayType: line.dayType.rawValue, shift: line.shiftCode, shiftName: hub.shiftType(line.shiftCode)?.name ?? line.shiftCode,
                  teamsNeeded: line.teams, amhpsNeeded: line.amhps, hubMinimum: line.hubMinimum, hubTarget: line.hubTarget,
                  neededMinusMinimum: line.amhps - line.hubMinimum)
        }
        uncoveredHours = analysis.cover.uncoveredHours.map {
            UncoveredHour(hourOfWeek: $0.hourOfWeek, label: HourOfWeekText.label($0.hourOfWeek), teams: $0.teams)
        }
        ratios = analysis.ratios.map { ratios in
            Ratios(population: ratios.population, populationSource: ratios.populationSource, approvedAMHPs: ratios.approvedAMHPs,
                   amhpsPer100000: ratios.amhpsPer100000, rotaFTEPer100000: ratios.rotaFTEPer100000,
                   benchmarkAMHPsPer100000: ratios.benchmarks.amhpsPer100000,
                   benchmarkAMHPs: ratios.benchmarkAMHPs, benchmarkMinimumAMHPs: ratios.benchmarkMinimumAMHPs,
                   referralsPer100000: ratios.referralsPer100000,
                   assessmentsPer100000: ratios.assessmentsPer100000,
                   benchmarkAssessmentsPer100000: ratios.benchmarks.assessmentsPer100000)
        }
    }
}
