import LinearProgramming
import Workforce

/// The set-partitioning master problem over a pool of employee rotas: choose one column per employee,
/// paying each column's requests cost and the cover shortfall and excess of the chosen rotas together.
///
/// Variables: λ per column (in pool order), then `under` and `over` per (day, shift). Rows: one convexity
/// row per employee (Σ λ = 1), then one cover row per (day, shift): Σ λ·works + under − over = requirement.
struct CurtoisMaster {
    let instance: CurtoisInstance
    private(set) var columns: [CurtoisColumn] = []
    /// Where each employee's column is, by rota: finds a roster's columns and keeps the pool free of repeats.
    private var position: [[[Int]: Int]]

    init(instance: CurtoisInstance) {
        self.instance = instance
        position = Array(repeating: [:], count: instance.employees.count)
    }

    /// Adds a column unless the pool has it; true when it was new.
    @discardableResult
    mutating func add(_ column: CurtoisColumn) -> Bool {
        guard position[column.employee][column.shifts] == nil else { return false }
        position[column.employee][column.shifts] = columns.count
        columns.append(column)
        return true
    }

    /// Where a column is in the pool, if it is.
    func position(of column: CurtoisColumn) -> Int? { position[column.employee][column.shifts] }

    /// Adds every employee's rota in `roster`.
    mutating func add(_ roster: CurtoisRoster, requestCost: CurtoisRequestCost) {
        for e in instance.employees.indices {
            add(CurtoisColumn(employee: e, in: roster, instance: instance, requestCost: requestCost))
        }
    }

    /// The least priced cost (cost − Σ cover duals over its shifts) of employee `e`'s pooled rotas.
    func leastPricedCost(employee e: Int, coverDual: [[Double]]) -> Double {
        position[e].values.reduce(Double.infinity) { least, k in
            var priced = columns[k].cost
            for (d, t) in columns[k].shifts.enumerated() where t >= 0 && t < coverDual[d].count { priced -= coverDual[d][t] }
            return min(least, priced)
        }
    }

    /// The rows a column has a 1 in, in `model`'s order: its employee's convexity row, then the cover
    /// row of each (day, shift) it works.
    func rows(of column: CurtoisColumn) -> [Int] {
        var rows = [column.employee]
        var next = employeeCount
        for (d, requirements) in instance.cover.enumerated() {
            let t = column.shifts[d]
            if t >= 0 && t < requirements.count { rows.append(next + t) }
            next += requirements.count
        }
        return rows
    }

    /// The requirement shift for column generation's master LP (see `model`).
    static let lpCoverShift = 1e-3

    private var coverCount: Int { instance.cover.reduce(0) { $0 + $1.count } }
    private var employeeCount: Int { instance.employees.count }

    /// The master as a model: λ continuous and nonnegative for the LP (column generation), binary for the MIP.
    /// `fixed[e]`, when set, is the only column employee `e` may take (the others get upper bound 0, so
    /// variables and rows keep their places).
    ///
    /// `coverShift` lowers every requirement by that much. Column generation uses a hair (`lpCoverShift`):
    /// the master LP is very degenerate, and a cell met exactly then often has its shortfall variable
    /// basic at 0, so its dual is the shortfall weight, and pricing chases cells that need nobody (on
    /// instance 13 the LP never moved from the start's value). Just below the requirement, a met cell's
    /// excess is basic and its dual is minus the excess weight, its true marginal value.
    func model(integer: Bool, fixed: [Int?] = [], coverShift: Double = 0) -> LinearModel {
        var linear = LinearModel(name: instance.name + "-master")
        var convexity = Array(repeating: LinearExpression(), count: employeeCount)
        var cover = instance.cover.map { Array(repeating: LinearExpression(), count: $0.count) }
        for (k, column) in columns.enumerated() {
            let allowed = fixed.isEmpty || fixed[column.employee].map { $0 == k } ?? true
            // No upper bound of 1 in the LP: the convexity row implies it, and a bound λ sits at would make
            // the duals degenerate (a start roster's λ = 1 at its bound left the master LP of instance 13
            // stuck while pricing kept "finding" columns at distorted convexity duals).
            let lambda = linear.addVariable(name: "lambda(\(instance.employees[column.employee].id),\(k))",
                                            kind: integer ? .binary : .continuous, upperBound: allowed ? (integer ? 1 : .infinity) : 0)
            linear.objective.add(lambda, column.cost)
            convexity[column.employee].add(lambda)
            for (d, t) in column.shifts.enumerated() where t >= 0 && t < cover[d].count { cover[d][t].add(lambda) }
        }
        for (e, expression) in convexity.enumerated() {
            linear.addConstraint(expression, equalTo: 1, name: "one(\(instance.employees[e].id))")
        }
        for d in 0..<instance.dayCount {
            for (t, requirement) in instance.cover[d].enumerated() {
                let shift = instance.shifts[t].id
                let under = linear.addVariable(name: "under(\(d),\(shift))", upperBound: Double(requirement.requirement))
                let over = linear.addVariable(name: "over(\(d),\(shift))")
                linear.objective.add(under, Double(requirement.underWeight))
                linear.objective.add(over, Double(requirement.overWeight))
                var row = cover[d][t]
                row.add(under)
                row.add(over, -1)
                linear.addConstraint(row, equalTo: Double(requirement.requirement) - coverShift, name: "cover(\(d),\(shift))")
            }
        }
        return linear
    }

    /// The convexity duals (per employee) and the cover duals (`[day][shift]`) of an optimal master LP.
    func duals(_ rowDuals: [Double]) -> (convexity: [Double], cover: [[Double]]) {
        var next = employeeCount
        let cover = instance.cover.map { shifts in
            shifts.indices.map { _ in
                defer { next += 1 }
                return rowDuals[next]
            }
        }
        return (Array(rowDuals.prefix(employeeCount)), cover)
    }

    /// The roster of an integral master solution (each employee's column with λ above a half).
    func roster(from values: [Double]) -> CurtoisRoster {
        var roster = CurtoisRoster(for: instance)
        for (k, column) in columns.enumerated() where values[k] > 0.5 {
            for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: column.employee, day: d) }
        }
        return roster
    }

    /// Rosters rounded from a fractional master solution: first each employee's column of largest λ,
    /// then `count − 1` draws that pick each employee's column with probability λ (seeded).
    func roundings(of values: [Double], count: Int, using generator: inout SeededGenerator) -> [CurtoisRoster] {
        var byEmployee = Array(repeating: [(column: Int, weight: Double)](), count: employeeCount)
        for (k, column) in columns.enumerated() where values[k] > 1e-6 { byEmployee[column.employee].append((k, values[k])) }
        var rosters: [CurtoisRoster] = []
        for draw in 0..<count {
            var chosen = [Double](repeating: 0, count: columns.count)
            for options in byEmployee {
                guard var pick = options.max(by: { $0.weight < $1.weight })?.column else { continue }
                if draw > 0 {
                    var target = Double.random(in: 0..<options.reduce(0) { $0 + $1.weight }, using: &generator)
                    for option in options {
                        target -= option.weight
                        if target < 0 { pick = option.column; break }
                    }
                }
                chosen[pick] = 1
            }
            rosters.append(roster(from: chosen))
        }
        return rosters
    }

    /// `x[e][d][t]` = Σ λ over the columns of `e` working `t` on `d`: the master LP as assignments.
    func assignments(from values: [Double]) -> [[[Double]]] {
        var x = Array(repeating: Array(repeating: [Double](repeating: 0, count: instance.shifts.count),
                                       count: instance.dayCount), count: employeeCount)
        for (k, column) in columns.enumerated() where values[k] > 1e-9 {
            for (d, t) in column.shifts.enumerated() where t >= 0 { x[column.employee][d][t] += values[k] }
        }
        return x
    }

    /// The master solution of a roster whose every rota is in the pool (nil otherwise): a MIP start.
    func values(for roster: CurtoisRoster) -> [Double]? {
        var values = [Double](repeating: 0, count: columns.count + 2 * coverCount)
        var staffed = instance.cover.map { [Int](repeating: 0, count: $0.count) }
        for e in instance.employees.indices {
            let shifts = (0..<instance.dayCount).map { roster[e, $0] ?? -1 }
            guard let k = position[e][shifts] else { return nil }
            values[k] = 1
            for (d, t) in shifts.enumerated() where t >= 0 && t < staffed[d].count { staffed[d][t] += 1 }
        }
        var next = columns.count
        for d in 0..<instance.dayCount {
            for (t, requirement) in instance.cover[d].enumerated() {
                values[next] = Double(max(0, requirement.requirement - staffed[d][t]))
                values[next + 1] = Double(max(0, staffed[d][t] - requirement.requirement))
                next += 2
            }
        }
        return values
    }
}
