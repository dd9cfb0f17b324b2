import Workforce

/// Demand to cover to FTE: how many AMHPs the hub's demand needs, and how far its workforce is from it.
///
///     let analysis = try SufficiencyAnalysis(data: data, month: month)
///     analysis.neededFTE          // rota FTE the demand-led cover needs
///     analysis.availableFTE       // what the current workforce gives the rota
///     analysis.gapFTE             // needed − available
public struct SufficiencyAnalysis: Sendable {
    /// The month planned for: its seasonal demand sets the cover; its first day starts the year.
    public let month: Month
    public let profile: DemandProfile
    /// How the log splits between the priority classes (one queue when planning.yaml sets none).
    public let mix: PriorityMix
    /// Demand scaled by a what-if change (1 = as logged).
    public let demandFactor: Double
    public let requirement: HourlyRequirement
    public let cover: CoverPlan
    public let basis: RotaFTEBasis
    public let workforce: [WorkforceFTE]
    /// AMHP-hours a year for the demand-led cover, the hub's minimum cover and its target cover.
    public let neededHours: Double
    public let minimumCoverHours: Double
    public let targetCoverHours: Double
    /// Second workers' hours a year, one on each assessing team; nil without them.
    public let secondWorkerHours: Double?
    public let ratios: ReferenceRatios?
    public let settings: PlanningSettings
    /// The ledger's TOIL behind `basis.toilHours`; nil when the hub has no `toil_by_month.csv`
    /// (the setting `abstractions.toil_hours` is used then).
    public let toilGivenBack: TOILGivenBack?
    /// Each shift's length in hours, by code.
    public let shiftHours: [String: Double]

    public init(data: PlanningData, month: Month, demandFactor: Double = 1) throws {
        guard !data.referrals.isEmpty else { throw PlanningError.noReferrals }
        let hub = data.hub
        self.month = month
        self.demandFactor = demandFactor
        settings = data.settings
        toilGivenBack = data.toilGivenBack
        shiftHours = Dictionary(uniqueKeysWithValues: hub.shiftTypes.map { ($0.code, $0.hours) })
        profile = DemandProfile(referrals: data.referrals)
        let arrivals = profile.arrivalsPerHour(inCalendarMonth: month.month).map { $0 * demandFactor }
        mix = PriorityMix(referrals: data.referrals, classes: settings.priorityClasses)
        requirement = HourlyRequirement(referralsPerHour: arrivals, workload: settings.workload, response: settings.response, mix: mix)
        let cover = try ShiftCoverModel.solve(hub: hub, requirement: requirement, settings: settings, from: month.firstDay)
        self.cover = cover
        basis = RotaFTEBasis(hub: hub, abstractions: settings.abstractions, from: month.firstDay)
        workforce = WorkforceFTE.of(hub, month: month, basis: basis)
        neededHours = CoverPlan.annualHours(from: month.firstDay, hub: hub) { cover.cover($0, $1)?.amhps ?? 0 }
        secondWorkerHours = settings.workload.hasSecondWorker
            ? CoverPlan.annualHours(from: month.firstDay, hub: hub) { cover.cover($0, $1)?.teams ?? 0 } : nil
        minimumCoverHours = CoverPlan.annualHours(from: month.firstDay, hub: hub) { hub.coverRule(for: $0, shift: $1)?.minimum ?? 0 }
        targetCoverHours = CoverPlan.annualHours(from: month.firstDay, hub: hub) { hub.coverRule(for: $0, shift: $1)?.target ?? 0 }
        let settings = data.settings, annualReferrals = profile.annualReferrals * demandFactor
        let rotaFTE = workforce.reduce(0) { $0 + $1.effectiveFTE }
        ratios = settings.population.residents.map { residents in
            ReferenceRatios(population: residents, populationSource: settings.population.source,
                            approvedAMHPs: hub.amhps.filter { $0.isApproved(on: month.firstDay) }.count,
                            rotaFTE: rotaFTE,
                            referralsPerYear: annualReferrals,
                            assessmentsPerYear: annualReferrals * settings.workload.shareAssessed,
                            benchmarks: settings.benchmarks)
        }
    }

    /// Rota FTE the demand-led cover needs.
    public var neededFTE: Double { neededHours / basis.deliveredHoursPerFTE }

    /// FTE of second workers (not AMHPs) beside one AMHP on each assessing team, with the same
    /// abstractions; nil unless planning.yaml or the run sets one AMHP and a second worker.
    public var secondWorkerFTE: Double? { secondWorkerHours.map { $0 / basis.deliveredHoursPerFTE } }
    /// Rota FTE the hub's own minimum and target cover need.
    public var minimumCoverFTE: Double { minimumCoverHours / basis.deliveredHoursPerFTE }
    public var targetCoverFTE: Double { targetCoverHours / basis.deliveredHoursPerFTE }

    /// Rota FTE the current workforce gives in the planning month.
    public var availableFTE: Double { workforce.reduce(0) { $0 + $1.effectiveFTE } }

    /// The sufficiency gap: positive when the demand needs more than the workforce gives.
    public var gapFTE: Double { neededFTE - availableFTE }

    /// AMHP shifts a month the workforce cannot staff at the demand-led cover (0 when sufficient):
    /// the gap's hours spread over the year, in shifts of the needed cover's mean length.
    public var uncoveredShiftsPerMonth: Double {
        guard gapFTE > 0 else { return 0 }
        return gapFTE * basis.deliveredHoursPerFTE / 12 / meanNeededShiftHours
    }

    /// Rota FTE by employer, LA first, then trusts by name.
    public var availableByEmployer: [(employer: String, fte: Double, headcount: Int)] {
        let groups = Dictionary(grouping: workforce.filter { $0.approvedShare > 0 }, by: \.employer)
        return groups.sorted { EmployerOrder.precedes($0.key, $1.key) }.map { employer, members in
            (employer, members.reduce(0) { $0 + $1.effectiveFTE }, members.count)
        }
    }

    /// Mean hours of the AMHP shifts the demand-led cover asks for in a week.
    private var meanNeededShiftHours: Double {
        var shifts = 0.0, total = 0.0
        for line in cover.shifts where line.dayType != .bankHoliday {
            let days: Double = line.dayType == .weekday ? 5 : 1
            shifts += Double(line.amhps) * days
            total += Double(line.amhps) * days * (shiftHours[line.shiftCode] ?? 0)
        }
        return shifts > 0 ? total / shifts : basis.meanShiftHours
    }
}

extension SufficiencyAnalysis {
    /// The month to plan for when none is given: the next occurrence, after the referral log ends,
    /// of the log's busiest calendar month, so cover is sized for the winter peak.
    public static func defaultMonth(_ data: PlanningData) throws -> Month {
        guard !data.referrals.isEmpty else { throw PlanningError.noReferrals }
        let profile = DemandProfile(referrals: data.referrals)
        var month = Month(containing: profile.window.last).next
        while month.month != profile.busiestCalendarMonth { month = month.next }
        return month
    }

    /// The share picked up in time in each part of the week with the cover found.
    public var shareInTimeByPeriod: [(period: ResponsePeriod, share: Double)] {
        ResponsePeriod.allCases.map { ($0, requirement.shareInTime(teamsOnDuty: cover.teamsOnDuty, hours: $0.hours)) }
    }

    /// The share of each priority class picked up within its own time with the cover found.
    public var shareInTimeByClass: [(priority: PriorityClass, share: Double)] {
        requirement.classes.indices.map { (requirement.classes[$0], requirement.shareInTime(teamsOnDuty: cover.teamsOnDuty, classIndex: $0)) }
    }
}
