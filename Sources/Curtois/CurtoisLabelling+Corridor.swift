/// The units a label may have worked at the start of each day (see `CurtoisLabelling`), and where each
/// (day, rule state, units) sits in the flat arrays of the search.
extension CurtoisLabelling {
    struct Corridor {
        /// `lowest[d]`, `highest[d]`: the units worked before day `d` (0...dayCount) a label may have.
        let lowest: [Int]
        let highest: [Int]
        /// `base[d]`: where day `d`'s layer (rule states × units in the corridor) begins.
        let base: [Int]
        let stateCount: Int
        /// The cells of every layer together.
        var size: Int { base.last.map { $0 + layerSize(base.count - 1) } ?? 0 }

        /// The units that can still meet the minimum and that the days before could have reached, within
        /// `band` units of an even pace where one is given (a heuristic's narrower search: every rota in
        /// it is legal, but the cheapest may lie outside). Nil when a day has no units in it.
        init?(dayCount: Int, stateCount: Int, minUnits: Int, maxUnits: Int, unitsAhead: [Int], unitsBefore: [Int],
              openDays: [Bool], band: Int?) {
            var lowest: [Int] = [], highest: [Int] = []
            let open = openDays.filter { $0 }.count
            let pace = Double(minUnits + maxUnits) / 2 / Double(max(open, 1))
            var openBefore = 0
            for d in 0...dayCount {
                var low = d == dayCount ? minUnits : max(0, minUnits - unitsAhead[d])
                var high = min(maxUnits, unitsBefore[d])
                if let band {
                    let even = Int((pace * Double(openBefore)).rounded())
                    low = max(low, even - band)
                    high = min(high, even + band)
                }
                guard low <= high else { return nil }
                lowest.append(low)
                highest.append(high)
                if d < dayCount, openDays[d] { openBefore += 1 }
            }
            self.lowest = lowest
            self.highest = highest
            self.stateCount = stateCount
            var base: [Int] = []
            var total = 0
            for d in 0...dayCount {
                base.append(total)
                total += stateCount * (highest[d] - lowest[d] + 1)
            }
            self.base = base
        }

        func width(_ d: Int) -> Int { highest[d] - lowest[d] + 1 }

        func layerSize(_ d: Int) -> Int { stateCount * width(d) }

        func contains(day d: Int, worked: Int) -> Bool { worked >= lowest[d] && worked <= highest[d] }

        /// The position of (state, units) within day `d`'s layer (the caller checks `contains`).
        func key(day d: Int, state: Int, worked: Int) -> Int { state * width(d) + worked - lowest[d] }

        /// The (state, units) of a key within day `d`'s layer.
        func decode(day d: Int, key: Int) -> (state: Int, worked: Int) {
            (key / width(d), key % width(d) + lowest[d])
        }

        /// The position in the flat arrays.
        func index(day d: Int, state: Int, worked: Int) -> Int { base[d] + key(day: d, state: state, worked: worked) }
    }
}
