/// Every total an AMHP's month could add up to, one shift a day at most: the sums of one choice per
/// day from that day's options (0 always among them), as a bitset over whole units (minutes, or
/// shifts). It ignores the rest and hours rules, so it holds every total a rota could have and
/// perhaps some it could not: cuts built on it are valid, if not always as strong as they could be.
struct ReachableTotals: Sendable {
    private var words: [UInt64]
    let largest: Int

    /// `options[d]` are the units a shift on day `d` could add (none for a day with no shift open).
    init(options: [[Int]]) {
        largest = options.reduce(0) { $0 + ($1.max() ?? 0) }
        words = Array(repeating: 0, count: largest / 64 + 1)
        words[0] = 1
        for day in options {
            var next = words
            for units in Set(day) where units > 0 { Self.orShifted(words, by: units, into: &next) }
            words = next
        }
    }

    func contains(_ total: Int) -> Bool {
        guard total >= 0 && total <= largest else { return false }
        return words[total / 64] & (1 << UInt64(total % 64)) != 0
    }

    /// The largest reachable total at most `target`, and the smallest at least `target` (nil when
    /// none is that large).
    func nearest(to target: Int) -> (below: Int, above: Int?) {
        var below = min(max(target, 0), largest)
        while below > 0 && !contains(below) { below -= 1 }
        var above = max(target, 0)
        while above <= largest && !contains(above) { above += 1 }
        return (below, above <= largest ? above : nil)
    }

    /// `into |= source << units`, a word at a time.
    private static func orShifted(_ source: [UInt64], by units: Int, into target: inout [UInt64]) {
        let wordShift = units / 64, bitShift = UInt64(units % 64)
        for index in stride(from: source.count - 1, through: wordShift, by: -1) {
            var shifted = source[index - wordShift] << bitShift
            if bitShift > 0 && index - wordShift - 1 >= 0 { shifted |= source[index - wordShift - 1] >> (64 - bitShift) }
            target[index] |= shifted
        }
    }
}
