import CGLPK

extension GLPKSolver {
    /// Translates `glp_intopt`'s return code and the MIP status, keeping the manual's sentence.
    static func translateIntopt(code: Int32, mipStatus: Int32) -> (TerminationStatus, String) {
        let hasSolution = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
        switch code {
        case 0:
            switch mipStatus {
            case GLP_OPT: return (.optimal, "integer optimal solution found")
            case GLP_NOFEAS: return (.infeasible, "problem has no integer feasible solution")
            default: return (hasSolution ? .timeLimitWithSolution : .solverError, "search ended with MIP status \(mipStatus)")
            }
        case GLP_EBOUND:
            return (.solverError, "some integer variables have incorrect (non-integer) bounds")
        case GLP_EROOT:
            return (.solverError, "optimal basis for the initial LP relaxation is not provided")
        case GLP_ENOPFS:
            return (.infeasible, "LP relaxation of the MIP problem instance has no primal feasible solution")
        case GLP_ENODFS:
            return (.unbounded, "LP relaxation of the MIP problem instance has no dual feasible solution")
        case GLP_EFAIL:
            return (.solverError, "the search was prematurely terminated due to the solver failure")
        case GLP_EMIPGAP:
            return (hasSolution ? .gapReached : .solverError, "relative mip gap tolerance has been reached")
        case GLP_ETMLIM:
            return (hasSolution ? .timeLimitWithSolution : .timeLimitNoSolution, "time limit has been exceeded")
        case GLP_ESTOP:
            return (.interrupted, "the search was prematurely terminated by application")
        default:
            return (.solverError, "glp_intopt returned unknown code \(code)")
        }
    }

    /// Translates `glp_simplex`'s return code and the LP status.
    static func translateRelaxation(code: Int32, status: Int32) -> (TerminationStatus, String) {
        switch code {
        case 0:
            switch status {
            case GLP_OPT: return (.optimal, "optimal LP solution found")
            case GLP_NOFEAS: return (.infeasible, "LP has no primal feasible solution")
            case GLP_UNBND: return (.unbounded, "LP has unbounded primal solution")
            default: return (.solverError, "simplex ended with LP status \(status)")
            }
        case GLP_EBADB: return (.solverError, "initial basis is invalid")
        case GLP_ESING: return (.solverError, "basis matrix is singular")
        case GLP_ECOND: return (.solverError, "basis matrix is ill-conditioned")
        case GLP_EBOUND: return (.solverError, "some double-bounded variables have incorrect bounds")
        case GLP_EFAIL: return (.solverError, "the search was prematurely terminated due to the solver failure")
        case GLP_EOBJLL, GLP_EOBJUL: return (.solverError, "objective limit reached")
        case GLP_EITLIM: return (.solverError, "iteration limit exceeded")
        case GLP_ETMLIM: return (.timeLimitNoSolution, "time limit exceeded")
        case GLP_ENOPFS: return (.infeasible, "LP has no primal feasible solution")
        case GLP_ENODFS: return (.unbounded, "LP has no dual feasible solution")
        default: return (.solverError, "glp_simplex returned unknown code \(code)")
        }
    }
}
