import Workforce

extension CheckContext {
    /// The cost of unsocial hours, per pound of enhancement, one violation per AMHP who is paid any:
    /// it tips the rota towards the cheaper shift when either would do.
    func unsocialHoursCost(_ amhp: AMHP) -> [Violation] {
        let pounds = enhancement(of: amhp)
        let penalty = weight(.unsocialHoursCost) * pounds
        guard pounds > 0, penalty > 0 else { return [] }
        let shifts = shifts(of: amhp.id).filter { !$0.shift.isDuty }.count
        return [.soft(.unsocialHoursCost, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp))'s \(Wording.count(shifts, "shift")) carry £\(Wording.number(pounds)) of enhancement for unsocial hours (penalty \(Wording.number(penalty))).")]
    }
}
