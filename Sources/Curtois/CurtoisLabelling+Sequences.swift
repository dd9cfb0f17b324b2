/// The labelling's relaxation for Lagrangian bounds (`CurtoisLagrangianBound`): the rule states alone.
extension CurtoisLabelling {
    /// The rota of least requests cost − Σ `coverDual[d][t]` + `perMinute` × minutes + Σ `perShift[t]` +
    /// `perWeekend` × weekends worked, over the shifts it works, among the rotas that keep the employee's
    /// days off and sequence rules (shifts that cannot follow, consecutive shifts and days off); the
    /// total minutes, shift-type and weekend limits are left to the caller's prices. Dynamic programming
    /// over the days and rule states: no units, no labels, so a year's rota takes milliseconds. Nil when
    /// no rota keeps those rules.
    func cheapestKeepingSequences(coverDual: [[Double]], perMinute: Double, perShift: [Double],
                                  perWeekend: Double) -> (cost: Double, shifts: [Int])? {
        guard dayCount > 0 else { return (constant, []) }
        let stateCount = states.count
        func cost(_ d: Int, _ t: Int) -> Double {
            requestCost[d][t] - (t < coverDual[d].count ? coverDual[d][t] : 0) + perMinute * Double(shiftMinutes[t])
                + perShift[t] + (d % 7 == 5 ? perWeekend : 0)
        }
        var value = [Double](repeating: .infinity, count: stateCount)
        // For the way back: each (day, state)'s state the day before, and the move into it.
        var previous = [Int32](repeating: -1, count: dayCount * stateCount)
        var moveTaken = [Int8](repeating: -1, count: dayCount * stateCount)
        for move in 0...shiftCount {
            let t = move - 1
            guard t < 0 || isAllowed[0][t] else { continue }
            let successor = firstDay[move]
            guard successor >= 0 else { continue }
            let reached = t < 0 ? 0 : cost(0, t)
            if reached < value[successor] {
                value[successor] = reached
                moveTaken[successor] = Int8(t)
            }
        }
        for d in 1..<dayCount {
            var next = [Double](repeating: .infinity, count: stateCount)
            let layer = d * stateCount
            let stepCost = (0..<shiftCount).map { isAllowed[d][$0] ? cost(d, $0) : .infinity }
            for state in 0..<stateCount where value[state].isFinite {
                // A weekend counts once: on its Saturday, or on its Sunday after a Saturday off.
                let weekendStart = d % 7 == 6 && states.decode(state).shift < 0 ? perWeekend : 0
                for move in 0...shiftCount {
                    let t = move - 1
                    let successor = transition[state][move]
                    guard successor >= 0, t < 0 || stepCost[t].isFinite else { continue }
                    let reached = value[state] + (t < 0 ? 0 : stepCost[t] + weekendStart)
                    if reached < next[successor] {
                        next[successor] = reached
                        previous[layer + successor] = Int32(state)
                        moveTaken[layer + successor] = Int8(t)
                    }
                }
            }
            value = next
        }
        guard let last = value.indices.min(by: { value[$0] < value[$1] }), value[last].isFinite else { return nil }
        var shifts = [Int](repeating: -1, count: dayCount)
        var state = last
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            shifts[d] = Int(moveTaken[d * stateCount + state])
            state = Int(previous[d * stateCount + state])
        }
        return (constant + value[last], shifts)
    }
}
