import CGLPK

/// Owns one GLPK problem object loaded from a `LinearModel`; frees it when released.
///
/// GLPK arrays are 1-based: index 0 of `ia`, `ja`, `ar` and of solution vectors is unused.
final class GLPKProblem {
    let pointer: OpaquePointer
    let columnCount: Int
    let rowCount: Int

    /// Loads a model that has passed `LinearModel.validate()`; GLPK would abort on anything else.
    init(model: LinearModel, relaxIntegrality: Bool = false) {
        pointer = glp_create_prob()
        columnCount = model.variableCount
        rowCount = model.constraintCount
        glp_set_prob_name(pointer, model.name)
        glp_set_obj_dir(pointer, GLP_MIN)
        glp_set_obj_coef(pointer, 0, model.objective.constant)
        if columnCount > 0 { glp_add_cols(pointer, Int32(columnCount)) }
        if rowCount > 0 { glp_add_rows(pointer, Int32(rowCount)) }
        for (index, variable) in model.variables.enumerated() {
            let column = Int32(index + 1)
            glp_set_col_name(pointer, column, variable.name)
            if !relaxIntegrality {
                switch variable.kind {
                case .continuous: break
                case .integer, .binary: glp_set_col_kind(pointer, column, GLP_IV)
                }
            }
            let (type, lower, upper) = Self.boundType(variable.lowerBound, variable.upperBound)
            glp_set_col_bnds(pointer, column, type, lower, upper)
        }
        let objective = model.objective.normalized()
        for (variable, coefficient) in zip(objective.variables, objective.coefficients) {
            glp_set_obj_coef(pointer, Int32(variable.index + 1), coefficient)
        }
        let nonZeros = model.nonZeroCount
        var rowIndices = [Int32](repeating: 0, count: nonZeros + 1)
        var columnIndices = [Int32](repeating: 0, count: nonZeros + 1)
        var values = [Double](repeating: 0, count: nonZeros + 1)
        var position = 1
        for (index, constraint) in model.constraints.enumerated() {
            let row = Int32(index + 1)
            glp_set_row_name(pointer, row, constraint.name)
            let (type, lower, upper) = Self.boundType(constraint.lowerBound, constraint.upperBound)
            glp_set_row_bnds(pointer, row, type, lower, upper)
            for (variable, coefficient) in zip(constraint.expression.variables, constraint.expression.coefficients) {
                rowIndices[position] = row
                columnIndices[position] = Int32(variable.index + 1)
                values[position] = coefficient
                position += 1
            }
        }
        if nonZeros > 0 {
            glp_load_matrix(pointer, Int32(nonZeros), &rowIndices, &columnIndices, &values)
        }
    }

    deinit {
        glp_delete_prob(pointer)
    }

    /// GLPK's bound type for a pair of bounds, with its two (possibly ignored) values.
    static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): return (GLP_FR, 0, 0)
        case (true, false): return (GLP_LO, lower, 0)
        case (false, true): return (GLP_UP, 0, upper)
        case (true, true): return lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        }
    }

    func mipValues() -> [Double] {
        (1...max(columnCount, 1)).prefix(columnCount).map { glp_mip_col_val(pointer, Int32($0)) }
    }

    func primalValues() -> [Double] {
        (1...max(columnCount, 1)).prefix(columnCount).map { glp_get_col_prim(pointer, Int32($0)) }
    }

    /// The rows' dual values (shadow prices) of the last simplex solve.
    func rowDuals() -> [Double] {
        (1...max(rowCount, 1)).prefix(rowCount).map { glp_get_row_dual(pointer, Int32($0)) }
    }
}
