import HubGeneration
import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// On random hubs, "who can cover" says exactly what assigning each AMHP and checking the whole rota
/// again with `RotaChecker` says: the same objective changes, the same order, the same hard-rule verdicts.
///
/// "The same" is to a billionth of the objective: the checker adds its penalties in a dictionary's
/// order, so two reports of one rota may differ in the last bits (7e-12 on an objective of 10⁴).
@Suite struct CoverRankingPropertyTests {
    static func same(_ change: Double, _ recheck: Double, objective: Double) -> Bool {
        abs(change - recheck) <= 1e-9 * max(1, abs(objective))
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func rankingEqualsTheWholeRecheckOfEachAssignment(seed: UInt64) throws {
        let month = Month(year: 2027, month: Int(seed % 12) + 1)!
        let hub = HubGenerator(amhpCount: 8 + Int(seed % 5), firstMonth: month, seed: seed).generate()
        var greedy = GreedyConstruction(instance: RotaInstance(hub: hub, month: month), seed: seed)
        let rota = greedy.build().rota()
        let checker = RotaChecker(hub: hub, month: month)
        let before = checker.check(rota)
        // The greedy start keeps every hard rule, so any hard violation after a change is the change's.
        #expect(before.hardViolations.isEmpty)
        let finder = CoverFinder(evaluator: ChangeEvaluator(hub: hub, rota: rota))
        // The shortest shifts first, then a spread of others, so both cheap and dear candidates appear.
        let lines = before.rotaCoverage.sorted { ($1.shortfall, $0.date) < ($0.shortfall, $1.date) }
        for line in lines.prefix(4) + stride(from: 0, to: lines.count, by: max(1, lines.count / 4)).map({ lines[$0] }) {
            let shift = try #require(hub.shiftType(line.shiftCode))
            let options = finder.options(on: line.date, shift: shift)
            #expect(options.onShift.count + options.candidates.count + options.cannot.count == hub.amhps.count)
            var recheckedChanges: [Double] = []
            for candidate in options.candidates {
                let assigned = Rota(month: month, assignments: rota.assignments.filter { !($0.amhpID == candidate.amhpID && $0.date == line.date) }
                                    + [Assignment(amhpID: candidate.amhpID, date: line.date, shiftCode: shift.code)])
                let after = checker.check(assigned)
                #expect(after.hardViolations.isEmpty, "\(candidate.amhpID) on \(line.date) \(shift.code)")
                #expect(Self.same(candidate.effect.objectiveChange, after.objective - before.objective, objective: before.objective))
                recheckedChanges.append(after.objective - before.objective)
            }
            let tolerance = 1e-9 * max(1, abs(before.objective))
            #expect(zip(recheckedChanges, recheckedChanges.dropFirst()).allSatisfy { $0 <= $1 + tolerance },
                    "ranked out of order on \(line.date) \(shift.code)")
            for person in options.cannot {
                guard case .hardRule = person.reason else { continue }
                let assigned = Rota(month: month, assignments: rota.assignments + [Assignment(amhpID: person.amhpID, date: line.date, shiftCode: shift.code)])
                let after = checker.check(assigned)
                #expect(!after.hardViolations.isEmpty, "\(person.amhpID) refused on \(line.date) \(shift.code)")
            }
        }
    }

    @Test(arguments: [UInt64(5), 6])
    func everyPickerChoiceEqualsTheWholeRecheck(seed: UInt64) throws {
        let month = Month(year: 2027, month: Int(seed % 12) + 1)!
        let hub = HubGenerator(amhpCount: 10, firstMonth: month, seed: seed).generate()
        var greedy = GreedyConstruction(instance: RotaInstance(hub: hub, month: month), seed: seed)
        let rota = greedy.build().rota()
        let checker = RotaChecker(hub: hub, month: month)
        let before = checker.check(rota)
        #expect(before.hardViolations.isEmpty)
        let evaluator = ChangeEvaluator(hub: hub, rota: rota)
        for (index, amhp) in hub.amhps.enumerated() {
            let date = month.dates[(index * 7) % month.dates.count]
            for effect in evaluator.choices(for: amhp.id, on: date) {
                let after = checker.check(evaluator.rota(setting: effect.choice, for: amhp.id, on: date))
                #expect(effect.breaksHardRule == !after.hardViolations.isEmpty, "\(amhp.id) \(date) \(effect.choice)")
                #expect(Self.same(effect.objectiveChange, after.objective - before.objective, objective: before.objective))
            }
        }
    }
}
