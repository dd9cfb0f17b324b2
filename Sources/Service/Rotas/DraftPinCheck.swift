import RotaCheck
import Storage
import Workforce

/// A pin asked for on a draft: the draft with the cell set to it, and the hard rules it would
/// break, found by the independent checker (`RotaChecker`) on the draft with the pin applied.
struct DraftPinCheck {
    let hub: Hub
    let month: Month

    /// The draft's assignments with the pinned cell set to the pin: its shift (keeping the
    /// coordinator role when it is the shift already there), or nothing for "off".
    static func assignments(pinning pin: Pin, in rota: Rota) -> [Assignment] {
        let cell = rota.assignments.filter { $0.amhpID == pin.amhpID && $0.date == pin.date }
        var assignments = rota.assignments.filter { !($0.amhpID == pin.amhpID && $0.date == pin.date) }
        if let code = pin.shiftCode {
            let coordinator = cell.contains { $0.shiftCode == code && $0.isCoordinator }
            assignments.append(Assignment(amhpID: pin.amhpID, date: pin.date, shiftCode: code, isCoordinator: coordinator))
        }
        return assignments
    }

    /// The hard violations the pinned AMHP has with the pin applied that are on the pinned day or
    /// that the pin brings (rest and sequence rules name a neighbouring day); none when it may stand.
    func breaches(of pin: Pin, before: Rota, after: Rota) -> [Violation] {
        let checker = RotaChecker(hub: hub, month: month)
        let existing = Set(checker.personalHardViolations(before, amhpID: pin.amhpID))
        return checker.personalHardViolations(after, amhpID: pin.amhpID)
            .filter { $0.date == pin.date || !existing.contains($0) }
    }

    /// Refuses (422) a pin that breaks a hard rule, naming each rule and what it says.
    static func refusal(_ breaches: [Violation], pin: Pin) -> InputFailure {
        let what = pin.shiftCode.map { "on \($0)" } ?? "off"
        return InputFailure("Pinning \(pin.amhpID) \(what) on \(pin.date) breaks a hard rule; the pin was not made.",
                            problems: breaches.map { violation in
            Problem(field: "shift", message: "breaks the hard rule \(violation.rule): \(violation.message) "
                    + "Fix: pin another shift, or put the breach right first.")
        })
    }
}
