import LinearProgramming

/// Column generation's master LP kept in GLPK between solves and in step with the pool: new rotas are
/// appended as columns and the simplex goes on from the last basis. Rebuilding and solving it from
/// scratch each round took most of column generation's time on instances 12 and 14.
///
/// GLPK's columns are the pool's rotas at the start, then the shortfall and excess variables, then the
/// rotas added since; `solve` hands back values in the master's own order (rotas by pool position, then
/// shortfall and excess), as `CurtoisMaster.model` lays them out.
struct CurtoisMasterLP {
    private let lp: GLPKGrowingLP
    /// Rotas in the LP (a prefix of the pool).
    private var synced: Int
    /// Rotas in the LP before the shortfall and excess variables.
    private let initial: Int
    private let coverVariables: Int

    /// The master LP over the pool as it is, every requirement lowered by `CurtoisMaster.lpCoverShift`.
    init(_ master: CurtoisMaster) throws {
        lp = try GLPKGrowingLP(master.model(integer: false, coverShift: CurtoisMaster.lpCoverShift))
        synced = master.columns.count
        initial = synced
        coverVariables = lp.columnCount - synced
    }

    /// Appends the pool's rotas added since the last call.
    mutating func sync(with master: CurtoisMaster) throws {
        for k in synced..<master.columns.count {
            let column = master.columns[k]
            try lp.addColumn(name: "lambda(\(master.instance.employees[column.employee].id),\(k))", cost: column.cost,
                             rows: master.rows(of: column).map { ($0, 1.0) })
        }
        synced = master.columns.count
    }

    /// Allows employee `e` only rota `k` (every other rota of theirs gets upper bound 0), for diving.
    func fix(employee e: Int, to k: Int, in master: CurtoisMaster) throws {
        for (other, column) in master.columns.prefix(synced).enumerated() where column.employee == e && other != k {
            try lp.setBounds(column: position(of: other), lowerBound: 0, upperBound: 0)
        }
    }

    /// Undoes `fix` for employee `e`: every rota of theirs may be taken again, except those in `forbidden`.
    func release(employee e: Int, in master: CurtoisMaster, forbidden: Set<Int>) throws {
        for (k, column) in master.columns.prefix(synced).enumerated() where column.employee == e {
            try lp.setBounds(column: position(of: k), lowerBound: 0, upperBound: forbidden.contains(k) ? 0 : .infinity)
        }
    }

    /// Keeps rota `k` out of the LP (upper bound 0), for a dive that backtracks from it.
    func forbid(_ k: Int) throws {
        try lp.setBounds(column: position(of: k), lowerBound: 0, upperBound: 0)
    }

    /// Solves from the last basis; values in the master's order.
    func solve(timeLimit: Double) -> SolveResult {
        var result = lp.solve(timeLimit: timeLimit)
        if let values = result.values {
            result.values = (0..<synced).map { values[position(of: $0)] } + values[initial..<(initial + coverVariables)]
        }
        return result
    }

    /// Where pool rota `k` is among GLPK's columns.
    private func position(of k: Int) -> Int { k < initial ? k : k + coverVariables }
}
