/// The labelling's rule states and their transitions (see `CurtoisLabelling`).
extension CurtoisLabelling {
    /// A group's rule state: the last day's shift class (−1 for off), the run's length and whether it
    /// began with the horizon. Rest runs count up to the minimum days off; work runs up to the maximum.
    ///
    /// Shifts that the same shifts may follow share a class: no rule tells them apart afterwards, so the
    /// state keeps only the class (instance 24: 32 shifts, 8 classes, a quarter of the states).
    struct RuleStates {
        let shiftCount: Int
        let maxConsecutive: Int
        let minConsecutive: Int
        let minDaysOff: Int
        /// `shiftClass[t]`: the class of shift `t`; `classFollows[c][t]`: whether `t` may follow class `c`.
        let shiftClass: [Int]
        let classFollows: [[Bool]]
        let usable: [Bool]

        /// `follows[s][t]`: whether shift `t` may follow shift `s`; `usable[t]`: whether the employee may
        /// ever work `t` (the others share a class, as they never appear).
        init(shiftCount: Int, maxConsecutive: Int, minConsecutive: Int, minDaysOff: Int, follows: [[Bool]], usable: [Bool]) {
            self.shiftCount = shiftCount
            self.maxConsecutive = maxConsecutive
            self.minConsecutive = minConsecutive
            self.minDaysOff = minDaysOff
            self.usable = usable
            var rows: [[Bool]] = []
            var shiftClass = [Int](repeating: 0, count: shiftCount)
            for t in 0..<shiftCount where usable[t] {
                // What may follow, among the shifts the employee can work.
                let row = (0..<shiftCount).map { follows[t][$0] && usable[$0] }
                if let c = rows.firstIndex(of: row) {
                    shiftClass[t] = c
                } else {
                    shiftClass[t] = rows.count
                    rows.append(row)
                }
            }
            self.shiftClass = shiftClass
            classFollows = rows
        }

        var count: Int { max(minDaysOff, 1) + classFollows.count * maxConsecutive * 2 }

        /// Rest runs that began with the horizon are stored as long enough (no rule looks further back).
        func offState(_ run: Int) -> Int { min(run, max(minDaysOff, 1)) - 1 }

        func workState(_ c: Int, run: Int, exempt: Bool) -> Int {
            max(minDaysOff, 1) + (c * maxConsecutive + run - 1) * 2 + (exempt ? 1 : 0)
        }

        func decode(_ state: Int) -> (shift: Int, run: Int, exempt: Bool) {
            let offStates = max(minDaysOff, 1)
            guard state >= offStates else { return (-1, state + 1, false) }
            let work = (state - offStates) / 2
            return (work / maxConsecutive, work % maxConsecutive + 1, (state - offStates) % 2 == 1)
        }

        /// The state after the first day: a day off (move 0) or shift `move − 1`, after rest as long as any
        /// rule asks; a block of work that begins the horizon is never too short.
        func first(move: Int) -> Int {
            guard move > 0 else { return offState(minDaysOff) }
            guard usable[move - 1] else { return -1 }
            return maxConsecutive >= 1 ? workState(shiftClass[move - 1], run: 1, exempt: minConsecutive > 1) : -1
        }

        /// The state after a day off (move 0) or shift `move − 1` from `state` on a day after the first, or −1.
        func successor(of state: Int, move: Int) -> Int {
            let local = decode(state)
            if move == 0 {
                // A day off ends a block of work, which must not be too short unless it began the horizon.
                guard local.shift < 0 || local.exempt || local.run >= minConsecutive else { return -1 }
                return offState(local.shift < 0 ? local.run + 1 : 1)
            }
            let t = move - 1
            guard usable[t] else { return -1 }
            guard local.shift >= 0 else {
                // Rest before it: too short forbids it (rest that began the horizon is stored as long enough).
                return local.run >= minDaysOff && maxConsecutive >= 1 ? workState(shiftClass[t], run: 1, exempt: false) : -1
            }
            guard classFollows[local.shift][t], local.run < maxConsecutive else { return -1 }
            let run = local.run + 1
            return workState(shiftClass[t], run: run, exempt: local.exempt && run < minConsecutive)
        }
    }
}
