/// Many simulated futures of the register, summarised by quantiles per period.
public struct ProjectionResult: Sendable {
    public let periods: [ProjectionPeriod]
    /// Every group the records break down by (`employer: …`, `profession: …`), the LA first.
    public let groups: [String]
    /// `records[simulation][period]`.
    public let records: [[PeriodRecord]]

    public init(periods: [ProjectionPeriod], groups: [String], records: [[PeriodRecord]]) {
        self.periods = periods
        self.groups = groups
        self.records = records
    }

    public var simulations: Int { records.count }

    /// The 10th, 50th and 90th percentiles of a measure in each period.
    public func band(_ measure: (PeriodRecord) -> Double) -> [Band] {
        periods.indices.map { index in
            let values = records.map { measure($0[index]) }.sorted()
            return Band(p10: Self.quantile(values, 0.1), median: Self.quantile(values, 0.5), p90: Self.quantile(values, 0.9))
        }
    }

    public var fte: [Band] { band(\.fte) }
    public var headcount: [Band] { band { Double($0.end) } }

    /// Percentiles of one group's FTE and headcount.
    public func groupFTE(_ group: Int) -> [Band] { band { $0.fteByGroup[group] } }
    public func groupHeadcount(_ group: Int) -> [Band] { band { Double($0.headcountByGroup[group]) } }

    /// Mean over simulations of a count in each period (joins, leavers by reason).
    public func mean(_ measure: (PeriodRecord) -> Double) -> [Double] {
        periods.indices.map { index in records.reduce(0) { $0 + measure($1[index]) } / Double(max(records.count, 1)) }
    }

    public struct Band: Hashable, Sendable {
        public let p10: Double
        public let median: Double
        public let p90: Double
    }

    /// Linear interpolation between order statistics (the usual "type 7" quantile).
    public static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = probability * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
