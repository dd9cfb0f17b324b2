import CGLPK

extension GLPKSolver {
    public enum ExportFormat: String, Sendable, CaseIterable {
        /// CPLEX LP format, readable by people and by HiGHS, CBC, Gurobi and `glpsol --lp`.
        case lp
        /// Free MPS format.
        case mps
    }

    /// Writes a model to a file so another solver can be compared on exactly the same model.
    /// Names GLPK cannot write in the format are replaced by GLPK with generated ones.
    public func write(_ model: LinearModel, to path: String, format: ExportFormat) throws {
        try model.validate()
        let problem = GLPKProblem(model: model)
        let code: Int32 = switch format {
        case .lp: glp_write_lp(problem.pointer, nil, path)
        case .mps: glp_write_mps(problem.pointer, GLP_MPS_FILE, nil, path)
        }
        if code != 0 { throw ExportError(path: path) }
    }

    public struct ExportError: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "Cause: GLPK could not write \(path). Fixing this error: check that the folder exists and is writable." }
    }
}
