import CGLPK

/// An LP basis: whether each row's auxiliary variable and each column is basic or at which bound,
/// so that a later solve of the same rows and columns can start from it instead of from scratch
/// (the demo hub's whole-model solve re-solved the relaxation's LP cold: 5,195 iterations, 2–4 s).
public struct SimplexBasis: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case basic, atLower, atUpper, free, fixed
    }

    public var rows: [Status]
    public var columns: [Status]

    public init(rows: [Status], columns: [Status]) {
        self.rows = rows
        self.columns = columns
    }

    /// Whether it can start a problem of this shape: the right counts, and exactly one basic
    /// variable per row (GLPK would otherwise refuse it, or factorise a singular matrix).
    func fits(rowCount: Int, columnCount: Int) -> Bool {
        rows.count == rowCount && columns.count == columnCount
            && rows.count(where: { $0 == .basic }) + columns.count(where: { $0 == .basic }) == rowCount
    }
}

extension SimplexBasis.Status {
    init(glpk code: Int32) {
        switch code {
        case GLP_BS: self = .basic
        case GLP_NU: self = .atUpper
        case GLP_NF: self = .free
        case GLP_NS: self = .fixed
        default: self = .atLower
        }
    }

    var glpk: Int32 {
        switch self {
        case .basic: GLP_BS
        case .atLower: GLP_NL
        case .atUpper: GLP_NU
        case .free: GLP_NF
        case .fixed: GLP_NS
        }
    }
}

extension GLPKProblem {
    /// The current basis (after a simplex solve).
    func basis() -> SimplexBasis {
        SimplexBasis(rows: (0..<rowCount).map { SimplexBasis.Status(glpk: glp_get_row_stat(pointer, Int32($0 + 1))) },
                     columns: (0..<columnCount).map { SimplexBasis.Status(glpk: glp_get_col_stat(pointer, Int32($0 + 1))) })
    }

    /// Sets `basis` as the starting basis; false (and nothing set) when it does not fit this problem.
    func setBasis(_ basis: SimplexBasis) -> Bool {
        guard basis.fits(rowCount: rowCount, columnCount: columnCount) else { return false }
        for (i, status) in basis.rows.enumerated() { glp_set_row_stat(pointer, Int32(i + 1), status.glpk) }
        for (j, status) in basis.columns.enumerated() { glp_set_col_stat(pointer, Int32(j + 1), status.glpk) }
        return true
    }
}
