import CGLPK

/// An LP that grows by columns and is re-solved from its last basis, as column generation needs: after
/// a few columns are added the old basis is still primal feasible, so the simplex goes on from it
/// instead of starting again (on the Curtois masters, milliseconds instead of a tenth of a second).
///
/// Every change is checked before it reaches GLPK, which aborts the process on misuse.
public final class GLPKGrowingLP {
    private let problem: GLPKProblem
    public private(set) var columnCount: Int
    public let rowCount: Int

    public enum Failure: Error, CustomStringConvertible {
        case badColumn(String)

        public var description: String {
            switch self {
            case .badColumn(let reason): "A column cannot be added to the LP: \(reason)."
            }
        }
    }

    /// Starts from a model (integrality dropped); it must pass `LinearModel.validate()`.
    public init(_ model: LinearModel) throws {
        try model.validate()
        problem = GLPKProblem(model: model, relaxIntegrality: true)
        columnCount = model.variableCount
        rowCount = model.constraintCount
    }

    /// Appends a column with its cost, bounds and coefficients by row (0-based); returns its index.
    @discardableResult
    public func addColumn(name: String, cost: Double, lowerBound: Double = 0, upperBound: Double = .infinity,
                          rows: [(row: Int, coefficient: Double)]) throws -> Int {
        guard cost.isFinite else { throw Failure.badColumn("\(name) has cost \(cost)") }
        guard !lowerBound.isNaN, !upperBound.isNaN, lowerBound <= upperBound, lowerBound < .infinity, upperBound > -.infinity else {
            throw Failure.badColumn("\(name) has bounds \(lowerBound)…\(upperBound)")
        }
        var seen = Set<Int>()
        for (row, coefficient) in rows {
            guard (0..<rowCount).contains(row), coefficient.isFinite, seen.insert(row).inserted else {
                throw Failure.badColumn("\(name) has coefficient \(coefficient) in row \(row) of \(rowCount) (or that row twice)")
            }
        }
        let column = glp_add_cols(problem.pointer, 1)
        glp_set_col_name(problem.pointer, column, name)
        glp_set_obj_coef(problem.pointer, column, cost)
        let (type, lower, upper) = GLPKProblem.boundType(lowerBound, upperBound)
        glp_set_col_bnds(problem.pointer, column, type, lower, upper)
        if !rows.isEmpty {
            var indices = [Int32(0)] + rows.map { Int32($0.row + 1) }
            var values = [0.0] + rows.map(\.coefficient)
            glp_set_mat_col(problem.pointer, column, Int32(rows.count), &indices, &values)
        }
        columnCount += 1
        return columnCount - 1
    }

    /// Changes a column's bounds (0-based), e.g. to fix it or forbid it in a dive.
    public func setBounds(column: Int, lowerBound: Double, upperBound: Double) throws {
        guard (0..<columnCount).contains(column), !lowerBound.isNaN, !upperBound.isNaN, lowerBound <= upperBound,
              lowerBound < .infinity, upperBound > -.infinity else {
            throw Failure.badColumn("column \(column) of \(columnCount) cannot take bounds \(lowerBound)…\(upperBound)")
        }
        let (type, lower, upper) = GLPKProblem.boundType(lowerBound, upperBound)
        glp_set_col_bnds(problem.pointer, Int32(column + 1), type, lower, upper)
    }

    /// Solves from the last basis (GLPK's advanced basis the first time); values and row duals when optimal.
    public func solve(timeLimit: Double? = nil) -> SolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        var parameters = SolverParameters()
        parameters.timeLimit = timeLimit
        var simplex = GLPKSolver.simplexParameters(parameters, timeLimit: timeLimit)
        simplex.presolve = GLP_OFF
        let previousTerminal = glp_term_out(GLP_OFF)
        defer { glp_term_out(previousTerminal) }
        var code = glp_simplex(problem.pointer, &simplex)
        if code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND {
            // The kept basis went bad (singular or ill-conditioned): start again from an advanced one.
            glp_adv_basis(problem.pointer, 0)
            code = glp_simplex(problem.pointer, &simplex)
        }
        let (status, raw) = GLPKSolver.translateRelaxation(code: code, status: glp_get_status(problem.pointer))
        let elapsed = clock.now - started
        var result = SolveResult(status: status, rawStatus: raw,
                                 seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        if status == .optimal {
            result.values = (0..<columnCount).map { glp_get_col_prim(problem.pointer, Int32($0 + 1)) }
            result.duals = problem.rowDuals()
            result.objective = glp_get_obj_val(problem.pointer)
            result.bound = result.objective
        }
        return result
    }
}
