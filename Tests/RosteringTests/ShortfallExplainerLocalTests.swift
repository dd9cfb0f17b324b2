import HubGeneration
import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// The short-shift explanations try each AMHP on the shift against only the part of the rota their
/// own hard rules read (`TrialNeighbourhood`). On random hubs, sparse rotas (every shift short) and
/// full ones, each hard-rule reason must be the one a whole-rota check gives.
@Suite struct ShortfallExplainerLocalTests {
    /// The first hard rule a whole-rota check finds newly broken by putting the AMHP on the shift.
    static func wholeRotaReason(_ checker: RotaChecker, rota: Rota, amhpID: String, date: LocalDate, shift: String) -> HardRule? {
        let existing = Set(checker.personalHardViolations(rota, amhpID: amhpID))
        let trial = Rota(month: rota.month, assignments: rota.assignments + [Assignment(amhpID: amhpID, date: date, shiftCode: shift)])
        return checker.personalHardViolations(trial, amhpID: amhpID).first { !existing.contains($0) }?.hardRule
    }

    /// Reasons given only after the trial found no hard rule broken.
    static func passedTheHardRules(_ reason: ShortfallExplanation.Reason) -> Bool {
        switch reason {
        case .atCommitment, .couldHaveWorked: true
        default: false
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func hardRuleReasonsEqualAWholeRotaCheck(seed: UInt64) throws {
        let month = try #require(Month(year: 2027, month: Int(seed % 12) + 1))
        let hub = HubGenerator(amhpCount: 10 + Int(seed % 4), firstMonth: month, seed: seed).generate()
        var greedy = GreedyConstruction(instance: RotaInstance(hub: hub, month: month), seed: seed)
        let full = greedy.build().rota()
        // Every other assignment dropped: most shifts short, and many AMHPs with runs and rests cut.
        let sparse = Rota(month: month, assignments: full.assignments.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let checker = RotaChecker(hub: hub, month: month)
        var compared = 0
        for rota in [full, sparse] {
            let explanations = ShortfallExplainer(hub: hub, month: month).explain(rota, report: checker.check(rota))
            for explanation in explanations {
                for candidate in explanation.candidates {
                    let whole = Self.wholeRotaReason(checker, rota: rota, amhpID: candidate.amhpID, date: explanation.date,
                                                     shift: explanation.shiftCode)
                    if case .hardRule(let rule, _) = candidate.reason {
                        #expect(whole == rule, "\(candidate.amhpID) on \(explanation.date) \(explanation.shiftCode)")
                        compared += 1
                    } else if Self.passedTheHardRules(candidate.reason) {
                        #expect(whole == nil, "\(candidate.amhpID) on \(explanation.date) \(explanation.shiftCode): \(String(describing: whole))")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 0)
    }
}
