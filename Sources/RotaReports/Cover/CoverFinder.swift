import RotaCheck
import Workforce

/// "Who can cover": every AMHP of the hub tried on one shift of one date, ranked by what assigning
/// them would cost in the checker's objective, with the reason for each who cannot.
///
/// Reasons from the data and the rota (leave, warrant, night working, another shift that day) come
/// first, as the short-shift explanations give them; for everyone else the change is checked whole,
/// and a hard rule it would break (rest, a run of nights, weekly rest...) is their reason.
public struct CoverFinder: Sendable {
    public let evaluator: ChangeEvaluator

    public init(evaluator: ChangeEvaluator) {
        self.evaluator = evaluator
    }

    /// Every AMHP of the hub for `shift` on `date`: on it already, a candidate, or unable and why.
    public func options(on date: LocalDate, shift: ShiftType) -> CoverOptions {
        let hub = evaluator.hub
        let rota = evaluator.rota
        var onShift: [String] = []
        var ranked: [(index: Int, candidate: CoverOptions.Candidate)] = []
        var cannot: [ShortfallExplanation.Candidate] = []
        for (index, amhp) in hub.amhps.enumerated() {
            if rota.shift(of: amhp.id, on: date) == shift.code {
                onShift.append(amhp.id)
            } else if let reason = ShortfallExplanation.Reason.standing(amhp, date: date, shift: shift, rota: rota, hub: hub) {
                cannot.append(ShortfallExplanation.Candidate(amhpID: amhp.id, name: amhp.name, reason: reason))
            } else {
                let effect = evaluator.effect(of: .shift(shift.code), for: amhp.id, on: date)
                if let broken = effect.newHardViolations.first, let rule = broken.hardRule {
                    cannot.append(ShortfallExplanation.Candidate(amhpID: amhp.id, name: amhp.name,
                                                                 reason: .hardRule(rule, message: broken.message)))
                } else {
                    ranked.append((index, CoverOptions.Candidate(amhpID: amhp.id, name: amhp.name, effect: effect)))
                }
            }
        }
        let candidates = ranked.sorted {
            ($0.candidate.effect.objectiveChange, $0.index) < ($1.candidate.effect.objectiveChange, $1.index)
        }.map(\.candidate)
        let line = evaluator.report.coverage.first { $0.date == date && $0.shiftCode == shift.code }
        return CoverOptions(date: date, shiftCode: shift.code, shiftName: shift.name, assigned: line?.assigned ?? 0,
                            minimum: line?.minimum ?? 0, onShift: onShift, candidates: candidates, cannot: cannot)
    }
}
