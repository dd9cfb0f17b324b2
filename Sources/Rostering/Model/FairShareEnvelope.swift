/// How far from their fair shares a pool's whole counts must be, at least, for each total the pool
/// could reach (docs/model.md, "Rounding cuts").
///
/// A fair share is a fraction of the pool's total, and the relaxation meets every share exactly with
/// fractions of shifts. Whole counts cannot: with total T, member i's share is `ratio × T`, and the
/// least Σ |count − share| over whole counts within their bounds that add up to T is
/// `wholeDistance(total: T)`. That is not linear in T, so the cuts are the facets of its lower convex
/// hull over every reachable total: each is a line that no reachable total's least distance is below.
struct FairShareEnvelope: Sendable {
    struct Member: Sendable, Hashable {
        let ratio: Double
        /// The fewest and most this member's count can be (history, plus at most one a day).
        let least: Int
        let most: Int
    }

    /// Σ |count − share| ≥ `intercept` + `slope` × total.
    struct Facet: Sendable, Hashable {
        let intercept: Double
        let slope: Double

        func value(at total: Int) -> Double { intercept + slope * Double(total) }
    }

    let members: [Member]
    /// The most the pool's total can be, from the caps on cover (nil: only the members' own).
    var totalLimit: Int?

    init(members: [Member], totalLimit: Int? = nil) {
        (self.members, self.totalLimit) = (members, totalLimit)
    }

    var totals: ClosedRange<Int> {
        let least = members.reduce(0) { $0 + $1.least }
        return least...max(least, min(members.reduce(0) { $0 + $1.most }, totalLimit ?? .max))
    }

    /// The least Σ |count − share| over whole counts within their bounds that add up to `total`.
    ///
    /// Each |count − share| is convex in the count, so the best counts are the shares rounded (within
    /// bounds) and then moved one at a time by the cheapest step. A member's first step towards its
    /// share's other side costs less than 1, every other step costs 1.
    func wholeDistance(total: Int) -> Double {
        let shares = members.map { $0.ratio * Double(total) }
        let counts = zip(members, shares).map { member, share in min(max(Int(share.rounded()), member.least), member.most) }
        var distance = zip(counts, shares).reduce(0) { $0 + abs(Double($1.0) - $1.1) }
        let missing = total - counts.reduce(0, +)
        guard missing != 0 else { return distance }
        let up = missing > 0
        // Only members with room to move count; the first step of each costs what it does.
        let firstSteps = members.indices.compactMap { i -> Double? in
            let count = counts[i]
            guard up ? count < members[i].most : count > members[i].least else { return nil }
            let next = Double(up ? count + 1 : count - 1)
            return abs(next - shares[i]) - abs(Double(count) - shares[i])
        }.sorted()
        let steps = abs(missing)
        distance += firstSteps.prefix(steps).reduce(0, +) + Double(max(0, steps - firstSteps.count))
        return distance
    }

    /// The relaxation's least Σ |count − share| for `total`: counts as near their shares as their
    /// bounds allow, and whatever then does not add up moved at 1 a unit.
    func realDistance(total: Int) -> Double {
        let shares = members.map { $0.ratio * Double(total) }
        let counts = zip(members, shares).map { member, share in min(max(share, Double(member.least)), Double(member.most)) }
        let apart = zip(counts, shares).reduce(0) { $0 + abs($1.0 - $1.1) }
        return apart + abs(Double(total) - counts.reduce(0, +))
    }

    /// The facets of the lower convex hull of `wholeDistance` over every reachable total that rise
    /// above the relaxation's own distance by more than `margin` somewhere along them: the `limit`
    /// that rise most, the others left out as the relaxation already nearly has them.
    func facets(margin: Double = 0.5, limit: Int = 24) -> [Facet] {
        guard !members.isEmpty else { return [] }
        let points = totals.map { (total: $0, distance: wholeDistance(total: $0)) }
        var hull: [(total: Int, distance: Double)] = []
        for point in points {
            while hull.count >= 2 {
                let (a, b) = (hull[hull.count - 2], hull[hull.count - 1])
                // Drop b when it is not below the line from a to the new point.
                let cross = Double(b.total - a.total) * (point.distance - a.distance) - (b.distance - a.distance) * Double(point.total - a.total)
                guard cross <= 0 else { break }
                hull.removeLast()
            }
            hull.append(point)
        }
        let edges: [(Facet, ClosedRange<Int>)] = hull.count == 1
            ? [(Facet(intercept: hull[0].distance, slope: 0), hull[0].total...hull[0].total)]
            : zip(hull, hull.dropFirst()).map { a, b in
                let slope = (b.distance - a.distance) / Double(b.total - a.total)
                return (Facet(intercept: a.distance - slope * Double(a.total), slope: slope), a.total...b.total)
            }
        let rises = edges.map { facet, span in
            (facet, span.map { facet.value(at: $0) - realDistance(total: $0) }.max() ?? 0)
        }
        return rises.filter { $0.1 > margin }.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0)
    }
}
