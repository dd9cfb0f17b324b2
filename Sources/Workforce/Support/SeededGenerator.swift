/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so `--seed` repeats a run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index drawn with probability proportional to its (positive) weight; nil when all are zero.
    public mutating func weightedIndex(_ weights: [Double]) -> Int? {
        let total = weights.reduce(0) { $0 + max($1, 0) }
        guard total > 1e-9 else { return nil }
        var ticket = Double.random(in: 0..<total, using: &self)
        for (index, weight) in weights.enumerated() where weight > 0 {
            ticket -= weight
            if ticket < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 }
    }
}
