/// The labelling's labels and their grouping with dominance (see `CurtoisLabelling`).
extension CurtoisLabelling {
    /// A partial rota: its cost so far, its resources, and its last step (the parent's step in the trail,
    /// and the shift).
    struct Label {
        var cost: Double
        var resources: Resources
        var parent: Int32
        var shift: Int8
    }

    /// One step of a partial rota, for the way back: the step before it (its index in the trail) and
    /// the shift worked (−1: off).
    struct Step {
        var parent: Int32
        var shift: Int8
    }

    /// Up to 32 counters of 15 bits, four to a word, each under a guard bit, so one subtraction per word
    /// compares them all. Fifteen bits hold a year's limits (instance 24: 149 of a shift type, 20 limits).
    struct Resources: Equatable {
        var words: SIMD8<UInt64> = .zero
        private static let guards = SIMD8<UInt64>(repeating: 0x8000_8000_8000_8000)

        init() {}

        init(unit field: Int) {
            words[field / 4] = 1 << UInt64(16 * (field % 4))
        }

        init(fields: [Int]) {
            for (field, value) in fields.enumerated() { words[field / 4] |= UInt64(value) << UInt64(16 * (field % 4)) }
        }

        func adding(_ other: Resources) -> Resources {
            var sum = self
            sum.words &+= other.words
            return sum
        }

        /// Whether every counter is at most the other's: no borrow reaches a guard bit in other − self.
        func fits(_ other: Resources) -> Bool {
            ((other.words | Self.guards) &- words) & Self.guards == Self.guards
        }
    }

    /// The labels of one day, by group (rule state × units worked), each group kept free of dominated labels.
    struct Groups {
        private var members: [[Int]]
        private var used: [Int] = []

        /// The most labels a group keeps (the cheapest), or nil to keep every undominated one.
        private let limit: Int?

        init(stateCount: Int, unitCount: Int, limit: Int?) {
            members = Array(repeating: [], count: stateCount * unitCount)
            self.limit = limit
        }

        func occupied() -> [(key: Int, members: [Int])] { used.map { ($0, members[$0]) } }

        /// Adds the label (to be stored at `index`) to its group unless a member dominates it, dropping
        /// the members it dominates; false when it was dominated.
        mutating func insert(_ index: Int, label: Label, key: Int, labels: [Label]) -> Bool {
            for member in members[key] {
                let other = labels[member]
                if other.cost <= label.cost + 1e-9 && other.resources.fits(label.resources) { return false }
            }
            if members[key].isEmpty { used.append(key) }
            members[key].removeAll { member in
                let other = labels[member]
                return label.cost <= other.cost + 1e-9 && label.resources.fits(other.resources)
            }
            if let limit, members[key].count >= limit {
                // Full: the label replaces the dearest member, if it is cheaper.
                guard let dearest = members[key].indices.max(by: { labels[members[key][$0]].cost < labels[members[key][$1]].cost }),
                      label.cost < labels[members[key][dearest]].cost else { return false }
                members[key][dearest] = index
                return true
            }
            members[key].append(index)
            return true
        }
    }
}
