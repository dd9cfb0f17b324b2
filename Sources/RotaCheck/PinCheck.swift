import Workforce

/// Refuses, before any solve, pins that break a hard rule: the independent checker reads the pinned
/// shifts (with a re-plan's fixed past) as a rota, and every hard breach among them is one no
/// rota could avoid. The solver calls it, so a bad pin never reaches GLPK.
///
/// A pin on a day before a re-plan's `from` that differs from the rota is refused under
/// `date_outside_month`: outside the days the re-plan may change.
/// Trainee-with-educator is left to the solve (it can seat the educator) and coordinator marks are
/// chosen afresh, so neither refuses a pin.
public enum PinCheck {
    /// The hard breaches of the pins (and the past), each with its rule's key and message; empty when the pins may stand.
    public static func refusals(pins: [Pin], baseline: RotaBaseline?, hub: Hub, month: Month) -> [Violation] {
        var refusals: [Violation] = []
        var seen: [CellKey: Pin] = [:]
        for pin in pins {
            let key = CellKey(amhpID: pin.amhpID, date: pin.date)
            if let first = seen[key] {
                refusals.append(Violation(rule: .hard(.oneShiftPerDay), amhpID: pin.amhpID, date: pin.date, shiftCode: pin.shiftCode,
                                          message: "\(pin.amhpID) has two pins on \(pin.date) (\(first.shiftCode ?? "off") and \(pin.shiftCode ?? "off")): keep one pin per AMHP per day.",
                                          penalty: 0))
                continue
            }
            seen[key] = pin
            if let baseline, !baseline.isOpen(pin.date), baseline.rota.month.range.contains(pin.date),
               baseline.shiftCode(of: pin.amhpID, on: pin.date) != pin.shiftCode {
                refusals.append(Violation(rule: .hard(.dateOutsideMonth), amhpID: pin.amhpID, date: pin.date, shiftCode: pin.shiftCode,
                                          message: "\(pin.amhpID) is pinned on \(pin.date), before the re-plan's first day \(baseline.from), which has happened and stays as the rota has it: pin only days from \(baseline.from).",
                                          penalty: 0))
            }
        }
        let past = baseline.map { baseline in baseline.rota.assignments.filter { !baseline.isOpen($0.date) } } ?? []
        let pastCells = Set(past.map { CellKey(amhpID: $0.amhpID, date: $0.date) })
        let pinned = pins.compactMap { pin in
            pin.shiftCode.map { Assignment(amhpID: pin.amhpID, date: pin.date, shiftCode: $0) }
        }.filter { !pastCells.contains(CellKey(amhpID: $0.amhpID, date: $0.date)) }
        let rota = Rota(month: month, assignments: past.map { Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) } + pinned)
        let hard = RotaChecker(hub: hub, month: month).check(rota).hardViolations
            .filter { $0.hardRule != .traineeWithEducator && $0.hardRule != .coordinatorEligible }
        return refusals + hard
    }

    private struct CellKey: Hashable {
        let amhpID: String
        let date: LocalDate
    }
}
