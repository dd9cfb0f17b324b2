import Workforce

/// The succession plan (trainees, qualified hires, agency and extra NHS shifts) with the
/// projections before and after it and how it stands against the target.
public struct SuccessionPlan: Sendable {
    public struct Intake: Hashable, Sendable {
        public let start: LocalDate
        public let trainees: Int
        public let cost: Double
    }

    /// Qualified AMHPs recruited to start on a date.
    public struct Hire: Hashable, Sendable {
        public let start: LocalDate
        public let count: Int
        public let cost: Double
    }

    public let periods: [ProjectionPeriod]
    /// The target FTE at the end of each period.
    public let targets: [Double]
    public let target: SuccessionTarget
    /// The projection with only the people and cohorts already there.
    public let baseline: ProjectionResult
    /// The projection with the plan's intakes added: the one the plan is checked against.
    public let projection: ProjectionResult
    public let intakes: [Intake]
    public let hires: [Hire]
    /// Agency AMHP FTE bought in each period.
    public let agencyFTE: [Double]
    /// Extra NHS shifts, in FTE, in each period.
    public let nhsExtraFTE: [Double]
    public let levers: SuccessionLevers
    /// Times the model was solved before the projection agreed.
    public let iterations: Int
    /// When the first planned intake could be approved; nil when there is no intake in the horizon.
    public let firstQualification: LocalDate?

    public init(periods: [ProjectionPeriod], targets: [Double], target: SuccessionTarget, baseline: ProjectionResult,
                projection: ProjectionResult, intakes: [Intake], hires: [Hire] = [], agencyFTE: [Double]? = nil, nhsExtraFTE: [Double]? = nil,
                levers: SuccessionLevers = .trainingOnly, iterations: Int, firstQualification: LocalDate?) {
        (self.periods, self.targets, self.target, self.baseline, self.projection) = (periods, targets, target, baseline, projection)
        (self.intakes, self.hires, self.levers, self.iterations, self.firstQualification) = (intakes, hires, levers, iterations, firstQualification)
        self.agencyFTE = agencyFTE ?? Array(repeating: 0, count: periods.count)
        self.nhsExtraFTE = nhsExtraFTE ?? Array(repeating: 0, count: periods.count)
    }

    public var totalTrainees: Int { intakes.reduce(0) { $0 + $1.trainees } }
    public var totalHires: Int { hires.reduce(0) { $0 + $1.count } }
    public var trainingCost: Double { intakes.reduce(0) { $0 + $1.cost } }
    public var recruitmentCost: Double { hires.reduce(0) { $0 + $1.cost } }
    public var agencyCost: Double { periods.indices.reduce(0) { $0 + agencyFTE[$1] * periods[$1].years * levers.agencyCostPerFTEYear } }
    public var nhsExtraCost: Double { periods.indices.reduce(0) { $0 + nhsExtraFTE[$1] * periods[$1].years * levers.nhsExtraCostPerFTEYear } }
    public var totalCost: Double { trainingCost + recruitmentCost + agencyCost + nhsExtraCost }

    /// Each period's median rota FTE with the plan: the projected people's median, plus the agency
    /// and extra NHS shifts bought for it.
    public var medianWithPlan: [Double] {
        periods.indices.map { projection.fte[$0].median + agencyFTE[$0] + nhsExtraFTE[$0] }
    }

    /// Quarters whose median FTE with the plan is below the target, with the shortfall.
    public var shortfalls: [(period: ProjectionPeriod, target: Double, median: Double)] {
        let median = medianWithPlan
        return periods.indices.filter { median[$0] < targets[$0] - 1e-9 }.map { (periods[$0], targets[$0], median[$0]) }
    }

    /// Why a quarter falls short: too early for any planned intake to be approved, or every intake
    /// that could be approved by then is already full.
    public func reason(for period: ProjectionPeriod, courseMonths: Int, capacity: Int) -> String {
        let temporary = temporaryLimits(in: period)
        guard let first = firstQualification, first <= period.last else {
            return "too early: the first intake the plan can start is approved \(firstQualification.map(\.description) ?? "after the horizon")" + temporary
        }
        let helping = intakes.filter { $0.start.adding(months: courseMonths) <= period.last }
        if helping.allSatisfy({ $0.trainees >= capacity }) { return "training capacity (\(capacity) a year) is used up" + temporary }
        return "the intakes that could help are not yet full, but more would not lift the median in time"
    }

    /// What the quarter already has of agency and NHS shifts, when those levers are on.
    private func temporaryLimits(in period: ProjectionPeriod) -> String {
        guard let index = periods.firstIndex(of: period) else { return "" }
        var used: [String] = []
        if levers.agencyMaxFTE > 0 { used.append("agency \(NumberText.fixed(agencyFTE[index])) of \(NumberText.fixed(levers.agencyMaxFTE)) FTE") }
        if levers.nhsExtraMaxFTE > 0 { used.append("extra NHS shifts \(NumberText.fixed(nhsExtraFTE[index])) of \(NumberText.fixed(levers.nhsExtraMaxFTE))") }
        if levers.recruitPerYear > 0, let first = hires.first?.start, period.last < first {
            used.append("no qualified hire starts before \(first)")
        }
        return used.isEmpty ? "" : "; " + used.joined(separator: ", ")
    }
}
