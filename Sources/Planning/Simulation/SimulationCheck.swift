import Workforce

/// The simulation check of a planned cover: `replications` seeded runs of `CoverSimulation`, each
/// figure the mean over the runs with a 95% confidence interval (1.96 standard errors), beside
/// what Erlang C says of the same cover.
///
///     let check = SimulationCheck(simulation, replications: 1000, seed: 1)
///     check.overall.mean          // share picked up in time, simulated
///     check.overall.halfWidth     // ± for 95%
public struct SimulationCheck: Sendable {
    public static let defaultReplications = 1000
    public static let replicationRange = 10...10_000

    public let replications: Int
    public let seed: UInt64
    public let days: Int
    public let service: ServiceTimes.Shape
    /// Share picked up within its class's time: over all, by class, by `ResponsePeriod`.
    public let overall: Estimate
    public let byClass: [Estimate?]
    public let byPeriod: [Estimate?]
    /// Each run's median, 90th and 95th percentile wait over all referrals, in hours.
    public let waitPercentiles: [(percentile: Int, hours: Estimate)]
    /// Each class's mean wait, in hours (nil for a class no run saw).
    public let meanWaitByClass: [Estimate?]
    /// Team-hours worked beyond the teams on duty, per assessment.
    public let overrunHoursPerAssessment: Estimate

    /// A mean over the runs with the half-width of its 95% confidence interval.
    public struct Estimate: Hashable, Sendable {
        public let mean: Double
        public let halfWidth: Double

        /// nil with no values; a single value has no interval (half-width 0).
        init?(_ values: [Double]) {
            guard !values.isEmpty else { return nil }
            let n = Double(values.count)
            let average = values.reduce(0, +) / n
            let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / (n - 1) : 0
            mean = average
            halfWidth = 1.96 * (variance / n).squareRoot()
        }

        /// Whether `value` lies in the interval, widened by `slack` either side.
        public func contains(_ value: Double, slack: Double = 0) -> Bool {
            abs(value - mean) <= halfWidth + slack
        }
    }

    public init(_ simulation: CoverSimulation, replications: Int = defaultReplications, seed: UInt64 = 1) {
        precondition(replications >= 1, "at least one run")
        self.replications = replications
        self.seed = seed
        days = simulation.days
        service = simulation.service.shape
        var runs: [CoverSimulation.Replication] = []
        runs.reserveCapacity(replications)
        for run in 0..<replications {
            // Each run its own stream, so run k is the same whatever the number of runs.
            var generator = SeededGenerator(seed: seed &+ UInt64(run) &* 0xD1B5_4A32_D192_ED03)
            runs.append(simulation.replicate(using: &generator))
        }
        let classCount = simulation.classes.count
        overall = Estimate(runs.compactMap { run in
            let referrals = run.referrals.reduce(0, +)
            return referrals > 0 ? Double(run.inTime.reduce(0, +)) / Double(referrals) : nil
        }) ?? Estimate.none
        byClass = (0..<classCount).map { index in
            Estimate(runs.compactMap { $0.referrals[index] > 0 ? Double($0.inTime[index]) / Double($0.referrals[index]) : nil })
        }
        byPeriod = ResponsePeriod.allCases.indices.map { index in
            Estimate(runs.compactMap { $0.periodReferrals[index] > 0 ? Double($0.periodInTime[index]) / Double($0.periodReferrals[index]) : nil })
        }
        let pooled = runs.map { $0.waits.flatMap { $0 }.sorted() }.filter { !$0.isEmpty }
        waitPercentiles = [50, 90, 95].map { percentile in
            (percentile, Estimate(pooled.map { Self.quantile($0, Double(percentile) / 100) }) ?? Estimate.none)
        }
        meanWaitByClass = (0..<classCount).map { index in
            Estimate(runs.compactMap { $0.waits[index].isEmpty ? nil : $0.waits[index].reduce(0, +) / Double($0.waits[index].count) })
        }
        overrunHoursPerAssessment = Estimate(runs.compactMap { run in
            let referrals = run.referrals.reduce(0, +)
            return referrals > 0 ? run.overrunHours / Double(referrals) : nil
        }) ?? Estimate.none
    }

    /// The value below which `share` of the sorted values lie (the nearest-rank definition).
    static func quantile(_ sorted: [Double], _ share: Double) -> Double {
        let rank = Int((share * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

extension SimulationCheck.Estimate {
    /// No runs saw anything: 0 ± 0.
    static let none = SimulationCheck.Estimate(mean: 0, halfWidth: 0)

    init(mean: Double, halfWidth: Double) {
        self.mean = mean
        self.halfWidth = halfWidth
    }
}
