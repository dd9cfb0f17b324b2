import Workforce

/// The hub a solve job plans with: the stored hub, with each AMHP's TOIL taken from the ledger.
///
/// The balance is what the ledger holds at the end of the day before the month; the hours to plan
/// back are the larger of the manager's plan (`toil.csv`) and what published rotas already plan
/// back in the month, never more than the balance.
enum SolveInputs {
    static func hub(_ hub: Hub, ledger: TOILLedger, month: Month) -> Hub {
        let dayBefore = month.firstDay.adding(days: -1)
        let plans: [TOILPlan] = hub.amhps.compactMap { amhp in
            let held = ledger.balance(of: amhp.id, asOf: dayBefore).held.hours
            let stated = hub.toilPlan(for: amhp.id)
            let planned = ledger.plannedBack(of: amhp.id, in: month).hours
            let balance = max(held, stated?.balanceHours ?? 0)
            let planBack = min(max(stated?.planBackHours ?? 0, planned), balance)
            guard balance > 0 || planBack > 0 else { return nil }
            return TOILPlan(amhpID: amhp.id, balanceHours: balance, planBackHours: planBack)
        }
        return hub.replacing(toil: plans)
    }
}
