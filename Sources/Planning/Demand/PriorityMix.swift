/// How the referral log splits between the priority classes, hour by hour of the week.
///
/// Each class keeps its own weekly pattern (police section 136 referrals come in the evening,
/// ward referrals in office hours), so a class's share of an hour is its referrals logged in that
/// hour of the week over all of them; an hour of the week with none logged takes the log's overall mix.
public struct PriorityMix: Sendable {
    /// In the order they are served; at least one.
    public let classes: [PriorityClass]
    /// Referrals logged in each class.
    public let counts: [Int]
    /// `shares[class][hour]`: the class's share of that hour of the week's referrals; each hour sums to 1.
    public let shares: [[Double]]

    public init(referrals: [Referral], classes: [PriorityClass]) {
        precondition(!classes.isEmpty, "there is always at least one queue")
        self.classes = classes
        var byHour = Array(repeating: Array(repeating: 0, count: 168), count: classes.count)
        for referral in referrals { byHour[Self.classIndex(of: referral.source, in: classes)][referral.hourOfWeek] += 1 }
        let counts = byHour.map { $0.reduce(0, +) }
        self.counts = counts
        let total = counts.reduce(0, +)
        shares = byHour.enumerated().map { index, hours in
            (0..<168).map { hour in
                let logged = byHour.reduce(0) { $0 + $1[hour] }
                if logged > 0 { return Double(hours[hour]) / Double(logged) }
                return total > 0 ? Double(counts[index]) / Double(total) : (index == 0 ? 1 : 0)
            }
        }
    }

    /// The one queue: every referral in class 0.
    public static func oneQueue(within hours: Double) -> PriorityMix {
        PriorityMix(referrals: [], classes: [.everyReferral(within: hours)])
    }

    /// The class a referral from `source` belongs to: the first that names it, else the last.
    public static func classIndex(of source: String, in classes: [PriorityClass]) -> Int {
        classes.firstIndex { $0.matches(source) } ?? classes.count - 1
    }

    /// The share of all referrals logged in each class (the zero log: all in the first).
    public var overallShares: [Double] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return classes.indices.map { $0 == 0 ? 1 : 0 } }
        return counts.map { Double($0) / Double(total) }
    }
}
