/// One employee's whole rota as a column of the set-partitioning master problem: the shift worked each
/// day (or none) and the requests penalty it costs. Cover is counted in the master, not here.
struct CurtoisColumn: Hashable, Sendable {
    let employee: Int
    /// `shifts[d]`: the shift index worked on day `d`, or -1 for a day off.
    let shifts: [Int]
    let cost: Double

    /// The column of employee `e` in a roster, with the requests penalty it costs.
    init(employee e: Int, in roster: CurtoisRoster, instance: CurtoisInstance, requestCost: CurtoisRequestCost) {
        employee = e
        shifts = (0..<instance.dayCount).map { roster[e, $0] ?? -1 }
        cost = requestCost.cost(employee: e, shifts: shifts)
    }

    /// Adds one to `staffed[d][t]` for each shift it works (the cover it gives).
    func count(into staffed: inout [[Int]]) {
        for (d, t) in shifts.enumerated() where t >= 0 && t < staffed[d].count { staffed[d][t] += 1 }
    }

    init(employee: Int, shifts: [Int], cost: Double) {
        self.employee = employee
        self.shifts = shifts
        self.cost = cost
    }
}

/// The on and off requests' penalty of one employee's rota (the part of the objective a column owns).
struct CurtoisRequestCost: Sendable {
    /// Per employee: (day, shift, weight) of on requests and of off requests.
    private let on: [[(day: Int, shift: Int, weight: Int)]]
    private let off: [[(day: Int, shift: Int, weight: Int)]]

    init(_ instance: CurtoisInstance) {
        var on = Array(repeating: [(day: Int, shift: Int, weight: Int)](), count: instance.employees.count)
        var off = on
        for request in instance.onRequests { on[request.employee].append((request.day, request.shift, request.weight)) }
        for request in instance.offRequests { off[request.employee].append((request.day, request.shift, request.weight)) }
        self.on = on
        self.off = off
    }

    func cost(employee e: Int, shifts: [Int]) -> Double {
        var total = 0
        for request in on[e] where shifts[request.day] != request.shift { total += request.weight }
        for request in off[e] where shifts[request.day] == request.shift { total += request.weight }
        return Double(total)
    }
}
