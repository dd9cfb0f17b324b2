import RotaCheck
import Workforce

/// Explains each short shift from the data: who could have worked it and why each could not.
///
/// Reasons come from the hub's data (warrant, leave, night working), from the rota (another shift
/// that day) and from the independent checker, by trying each AMHP on the shift and reading the
/// hard rules it would break.
public struct ShortfallExplainer {
    let hub: Hub
    let month: Month
    let checker: RotaChecker

    public init(hub: Hub, month: Month) {
        self.hub = hub
        self.month = month
        checker = RotaChecker(hub: hub, month: month)
    }

    /// One explanation per shift below minimum or missing a required coordinator, in date order.
    public func explain(_ rota: Rota, report: CheckReport) -> [ShortfallExplanation] {
        let neighbourhood = TrialNeighbourhood(rota)
        return report.coverage.compactMap { line in
            let missingCoordinator = line.coordinatorRequired && !line.coordinatorPresent
            guard line.shortfall > 0 || missingCoordinator, let shift = hub.shiftType(line.shiftCode) else { return nil }
            // For a coordinator gap alone, only those who can coordinate are of interest.
            let people = hub.amhps.filter { amhp in
                amhp.countsTowardsCover && (line.shortfall > 0 || amhp.canCoordinate(night: shift.isNight))
                    && rota.shift(of: amhp.id, on: line.date) != line.shiftCode
            }
            let candidates = people.map { amhp in
                ShortfallExplanation.Candidate(amhpID: amhp.id, name: amhp.name,
                                               reason: reason(amhp, date: line.date, shift: shift, rota: rota, report: report,
                                                              neighbourhood: neighbourhood))
            }
            return ShortfallExplanation(date: line.date, shiftCode: shift.code, shiftName: shift.name, minimum: line.minimum,
                                        assigned: line.assigned, missingCoordinator: missingCoordinator, candidates: candidates)
        }
    }

    private func reason(_ amhp: AMHP, date: LocalDate, shift: ShiftType, rota: Rota, report: CheckReport,
                        neighbourhood: TrialNeighbourhood) -> ShortfallExplanation.Reason {
        if let standing = ShortfallExplanation.Reason.standing(amhp, date: date, shift: shift, rota: rota, hub: hub) {
            return standing
        }
        // Try them on the shift and ask the checker what that would break, on the part of the rota
        // the AMHP's own hard rules can see (a whole-rota check per candidate took minutes on a
        // month of short shifts).
        let local = neighbourhood.rota(of: amhp.id, on: date)
        let existing = Set(checker.personalHardViolations(local, amhpID: amhp.id))
        let trial = Rota(month: rota.month, assignments: local.assignments + [Assignment(amhpID: amhp.id, date: date, shiftCode: shift.code)])
        if let broken = checker.personalHardViolations(trial, amhpID: amhp.id).first(where: { !existing.contains($0) }),
           let rule = broken.hardRule {
            return .hardRule(rule, message: broken.message)
        }
        if let person = report.people.first(where: { $0.amhpID == amhp.id }) {
            if let contracted = person.contractedHours, person.rosteredHours + shift.hours > contracted + 1e-6 {
                return .atCommitment("would exceed contract (\(format(person.rosteredHours)) of \(format(contracted)) h rostered)")
            }
            if let committed = person.committedShifts, Double(person.shifts) + 1 > committed + 1e-6 {
                return .atCommitment("NHS agreement met (\(person.shifts) of \(format(committed)) shifts)")
            }
        }
        return .couldHaveWorked
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// The part of a rota one AMHP's hard rules read when they are tried on a shift: their own shifts
/// (rest, runs, weekly rest, hours) and everyone's on that date (a trainee's educator on the shift).
/// A rule that reads anything else would need it added here; `ShortfallExplainerTests` compares the
/// reasons with a whole-rota check.
struct TrialNeighbourhood {
    private let byAMHP: [String: [Assignment]]
    private let byDate: [LocalDate: [Assignment]]
    private let month: Month

    init(_ rota: Rota) {
        byAMHP = Dictionary(grouping: rota.assignments, by: \.amhpID)
        byDate = Dictionary(grouping: rota.assignments, by: \.date)
        month = rota.month
    }

    func rota(of amhpID: String, on date: LocalDate) -> Rota {
        let others = (byDate[date] ?? []).filter { $0.amhpID != amhpID }
        return Rota(month: month, assignments: (byAMHP[amhpID] ?? []) + others)
    }
}
