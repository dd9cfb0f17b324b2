import CGLPK

extension GLPKSolver {
    /// GLPK takes time limits in milliseconds as a C int; clamp so a huge limit cannot overflow.
    static func milliseconds(_ seconds: Double?) -> Int32 {
        guard let seconds, seconds.isFinite else { return Int32.max }
        return Int32(clamping: Int((max(seconds, 0) * 1000).rounded()))
    }

    static func simplexParameters(_ parameters: SolverParameters, timeLimit: Double?) -> glp_smcp {
        var simplex = glp_smcp()
        glp_init_smcp(&simplex)
        simplex.msg_lev = parameters.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        simplex.presolve = GLP_OFF
        simplex.tm_lim = milliseconds(timeLimit)
        return simplex
    }

    static func integerParameters(_ parameters: SolverParameters, presolve: Bool, elapsed: Double) -> glp_iocp {
        var control = glp_iocp()
        glp_init_iocp(&control)
        control.msg_lev = parameters.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        control.tm_lim = milliseconds(parameters.timeLimit.map { max($0 - elapsed, 0.001) })
        control.mip_gap = max(parameters.relativeGap, 0)
        control.presolve = presolve ? GLP_ON : GLP_OFF
        control.gmi_cuts = parameters.gomoryCuts ? GLP_ON : GLP_OFF
        control.mir_cuts = parameters.mixedIntegerRoundingCuts ? GLP_ON : GLP_OFF
        control.cov_cuts = parameters.coverCuts ? GLP_ON : GLP_OFF
        control.clq_cuts = parameters.cliqueCuts ? GLP_ON : GLP_OFF
        control.fp_heur = parameters.feasibilityPump ? GLP_ON : GLP_OFF
        control.ps_heur = parameters.proximitySearch ? GLP_ON : GLP_OFF
        control.ps_tm_lim = milliseconds(parameters.proximitySearchTimeLimit)
        control.sr_heur = parameters.simpleRounding ? GLP_ON : GLP_OFF
        control.br_tech = switch parameters.branching {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudoCost: GLP_BR_PCH
        }
        control.bt_tech = switch parameters.backtracking {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
        return control
    }
}
