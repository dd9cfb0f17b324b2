import LinearProgramming

/// The benchmark's integer programme and the variables it is made of, so solutions can be read as rosters.
///
/// Built by `CurtoisModelBuilder`. A shift an employee may never work (MaxShifts 0), or any shift on a fixed
/// day off, has no variable: that cell is off in every solution.
public struct CurtoisModel: Sendable {
    public let instance: CurtoisInstance
    public internal(set) var linear: LinearModel
    /// `assignment[e][d][t]`: 1 when employee `e` works shift `t` on day `d`.
    public internal(set) var assignment: [[[Variable?]]]
    /// `weekendWorked[e][w]`: 1 when employee `e` may work weekend `w` (at least 1 if they do).
    public internal(set) var weekendWorked: [[Variable?]]
    /// People short of the requirement for shift `t` on day `d` (`coverUnder[d][t]`).
    public internal(set) var coverUnder: [[Variable]]
    /// People above the requirement for shift `t` on day `d`.
    public internal(set) var coverOver: [[Variable]]

    init(instance: CurtoisInstance) {
        self.instance = instance
        linear = LinearModel(name: instance.name)
        assignment = []
        weekendWorked = []
        coverUnder = []
        coverOver = []
    }

    /// The assignment variables of one employee on one day, with their shift indexes.
    func shiftVariables(_ e: Int, day d: Int) -> [(shift: Int, variable: Variable)] {
        assignment[e][d].enumerated().compactMap { t, variable in variable.map { (t, $0) } }
    }

    /// Whether employee `e` works on day `d`: the sum of that day's assignment variables (0 or 1).
    func working(_ e: Int, day d: Int) -> LinearExpression {
        LinearExpression.sum(shiftVariables(e, day: d).map(\.variable))
    }

    /// The roster a solution vector describes (assignment variables above one half are worked).
    public func roster(from values: [Double]) -> CurtoisRoster {
        var roster = CurtoisRoster(for: instance)
        for e in instance.employees.indices {
            for d in 0..<instance.dayCount {
                for (t, variable) in shiftVariables(e, day: d) where values[variable.index] > 0.5 {
                    roster.add(t, employee: e, day: d)
                }
            }
        }
        return roster
    }

    /// A vector with the assignment variables set from `x[e][d][t]` and every other variable 0 (to
    /// compare a fractional solution, such as the master LP's, with rosters cell by cell).
    func values(assignments x: [[[Double]]]) -> [Double] {
        var values = [Double](repeating: 0, count: linear.variableCount)
        for e in instance.employees.indices {
            for d in 0..<instance.dayCount {
                for (t, variable) in shiftVariables(e, day: d) { values[variable.index] = x[e][d][t] }
            }
        }
        return values
    }

    /// The solution vector of a roster: assignments as written, weekend indicators from the work done,
    /// cover shortfall and excess from the counts. Nil if the roster uses a cell the model has no variable for.
    /// The vector satisfies the model exactly when the roster keeps every hard constraint.
    public func values(for roster: CurtoisRoster) -> [Double]? {
        var values = [Double](repeating: 0, count: linear.variableCount)
        var staffed = Array(repeating: [Int](repeating: 0, count: instance.shifts.count), count: instance.dayCount)
        for e in instance.employees.indices {
            for d in 0..<instance.dayCount {
                for t in roster.shifts(employee: e, day: d) {
                    guard t < instance.shifts.count, let variable = assignment[e][d][t] else { return nil }
                    values[variable.index] = 1
                    staffed[d][t] += 1
                }
            }
            for (w, indicator) in weekendWorked[e].enumerated() {
                guard let indicator else { continue }
                values[indicator.index] = instance.weekendDays(w).contains { roster.works(employee: e, day: $0) } ? 1 : 0
            }
        }
        for d in 0..<instance.dayCount {
            for (t, cover) in instance.cover[d].enumerated() {
                values[coverUnder[d][t].index] = Double(max(0, cover.requirement - staffed[d][t]))
                values[coverOver[d][t].index] = Double(max(0, staffed[d][t] - cover.requirement))
            }
        }
        return values
    }
}
