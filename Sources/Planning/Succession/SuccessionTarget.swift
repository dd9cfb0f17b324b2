import Foundation
import Workforce

/// The rota FTE the projection is compared with, growing by the assumed rate each year.
public struct SuccessionTarget: Hashable, Sendable {
    public let baseFTE: Double
    /// Where the number comes from, in words.
    public let source: String
    public let growthPerYear: Double
    public let asOf: LocalDate

    public init(baseFTE: Double, source: String, growthPerYear: Double, asOf: LocalDate) {
        self.baseFTE = baseFTE
        self.source = source
        self.growthPerYear = growthPerYear
        self.asOf = asOf
    }

    /// The target at the end of a period.
    public func value(at period: ProjectionPeriod) -> Double {
        baseFTE * pow(1 + growthPerYear, max(0, asOf.years(to: period.last)))
    }

    /// The target `succession.target_fte` asks for: the demand-led cover's FTE (the sufficiency
    /// model, for the busiest month), the hub's minimum or target cover's FTE, or a number.
    public static func make(_ data: PlanningData, asOf: LocalDate) throws -> SuccessionTarget {
        let assumptions = data.settings.succession
        let growth = assumptions.targetGrowthPerYear
        switch assumptions.target {
        case .fixed(let value):
            return SuccessionTarget(baseFTE: value, source: "set in planning.yaml", growthPerYear: growth, asOf: asOf)
        case .demand:
            let month = try SufficiencyAnalysis.defaultMonth(data)
            let analysis = try SufficiencyAnalysis(data: data, month: month)
            return SuccessionTarget(baseFTE: analysis.neededFTE, source: "the demand-led cover for \(MonthName.full(month)) (amhp sufficiency)",
                                    growthPerYear: growth, asOf: asOf)
        case .minimumCover, .targetCover:
            let hub = data.hub
            let minimum = assumptions.target == .minimumCover
            let hours = CoverPlan.annualHours(from: asOf, hub: hub) { dayType, code in
                let rule = hub.coverRule(for: dayType, shift: code)
                return (minimum ? rule?.minimum : rule?.target) ?? 0
            }
            let basis = RotaFTEBasis(hub: hub, abstractions: data.settings.abstractions, from: asOf)
            return SuccessionTarget(baseFTE: hours / basis.deliveredHoursPerFTE,
                                    source: "the hub's \(minimum ? "minimum" : "target") cover in cover.csv", growthPerYear: growth, asOf: asOf)
        }
    }
}
