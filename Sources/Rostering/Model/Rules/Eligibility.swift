import LinearProgramming
import Workforce

extension RotaModel {
    /// Eligibility (hard): an AMHP gets a variable for a shift only where they may work it:
    /// warrant in force and not suspended (MHA 1983 s.114), not absent, night working allowed.
    /// A shift that would break daily rest after a carry-in shift gets no variable either, nor does
    /// a shift whose maximum that day is 0 (a rota shift that does not run, a day without duty), nor
    /// one a pin or the re-plan's fixed past rules out.
    mutating func addAssignmentVariables() {
        let instance = instance
        assignment = instance.amhps.indices.map { a in
            (0..<instance.dayCount).map { d in
                instance.shifts.indices.map { s -> Variable? in
                    guard instance.isEligible(a, day: d, shift: s), instance.coverRules[d][s].maximum > 0,
                          !clashesWithCarryIn(a, day: d, shift: s), instance.fixingAllows(a, day: d, shift: s) else { return nil }
                    // A pinned shift (or the re-plan's past) is fixed to 1 by its bounds, so no solve can undo it.
                    return linear.addVariable(name: "x(\(instance.amhps[a].id),\(instance.dateTag(d)),\(instance.shifts[s].code))",
                                              kind: .binary, lowerBound: instance.fixedCell(a, day: d) == nil ? 0 : 1)
                }
            }
        }
    }

    /// Whether working shift `s` on day `d` would break daily rest after a shift worked before the month.
    private func clashesWithCarryIn(_ a: Int, day d: Int, shift s: Int) -> Bool {
        instance.carryIn[a].contains { previousDay, previousShift in
            instance.gapMinutes(from: previousShift, day: previousDay, to: s, day: d) < instance.minimumRestMinutes
        }
    }
}

extension RotaInstance {
    /// A date as digits only (`20261225`), safe in LP-format names.
    func dateTag(_ d: Int) -> String {
        let date = month.firstDay.adding(days: d)
        return String(date.year * 10000 + date.month * 100 + date.day)
    }
}
