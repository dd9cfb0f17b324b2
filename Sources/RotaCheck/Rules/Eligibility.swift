import Workforce

extension CheckContext {
    /// An AMHP is rostered only while their approval (warrant) is in force and not suspended; a trainee
    /// needs no warrant but may not be rostered while suspended (MHA 1983 s.114; Approval Regulations 2008).
    func warrantInForce(_ amhp: AMHP) -> [Violation] {
        shifts(of: amhp.id).filter { !amhp.mayBeRostered(on: $0.date) }.map { worked in
            .hard(.approval, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                  "\(Wording.person(amhp)) is rostered on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) but \(approvalProblem(amhp, on: worked.date)) (MHA 1983 s.114).")
        }
    }

    /// Nobody is rostered on a day of leave, sickness, training, TOIL or other absence (local policy).
    func noShiftDuringAbsence(_ amhp: AMHP) -> [Violation] {
        shifts(of: amhp.id).compactMap { worked in
            guard let absence = hub.absence(of: amhp.id, on: worked.date) else { return nil }
            return .hard(.absence, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                         "\(Wording.person(amhp)) is rostered on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) but is \(absenceWording(absence.kind)) from \(absence.dates.first) to \(absence.dates.last).")
        }
    }

    /// Nobody who does not work nights gets a night shift; nobody who works only nights gets any other shift (local agreement).
    func nightWorkingRespected(_ amhp: AMHP) -> [Violation] {
        shifts(of: amhp.id).filter { !amhp.mayWork(night: $0.shift.isNight) }.map { worked in
            let who = amhp.nightWorking == .only ? "works only nights" : "does not work nights"
            return .hard(.nights, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                         "\(Wording.person(amhp)) \(who) but is rostered on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) (local agreement).")
        }
    }

    /// Only LA AMHPs, who have contracted hours, work duty; an NHS AMHP's time off the rota is their trust's.
    func dutyOnlyForLA(_ amhp: AMHP) -> [Violation] {
        shifts(of: amhp.id).filter { !amhp.mayWork(kind: $0.shift.kind) }.map { worked in
            .hard(.duty, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                  "\(Wording.person(amhp)) is employed by \(amhp.employment.employerName) but is on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)): duty is for LA AMHPs.")
        }
    }

    /// Someone marked as a shift's coordinator can coordinate that kind of shift, day or night (Service Standard 2.1).
    func coordinatorEligible(_ amhp: AMHP) -> [Violation] {
        shifts(of: amhp.id)
            .filter { $0.assignment.isCoordinator && !amhp.canCoordinate(night: $0.shift.isNight) }
            .map { worked in
                let reason = amhp.isTrainee ? "is a trainee, who cannot coordinate"
                    : "cannot coordinate \(worked.shift.isNight ? "night" : "day") shifts"
                return .hard(.coordinatorEligible, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                             "\(Wording.person(amhp)) is marked as coordinator of the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) but \(reason) (Service Standard 2.1).")
            }
    }

    private func approvalProblem(_ amhp: AMHP, on date: LocalDate) -> String {
        if let suspension = amhp.suspensions.first(where: { $0.contains(date) }) {
            return "is suspended from \(suspension.first) to \(suspension.last)"
        }
        guard let approval = amhp.approval else { return "holds no AMHP approval (warrant)" }
        if date < approval.first { return "the approval (warrant) starts only on \(approval.first)" }
        return "the approval (warrant) ended on \(approval.last)"
    }

    private func absenceWording(_ kind: Absence.Kind) -> String {
        switch kind {
        case .annual: "on annual leave"
        case .sickness: "off sick"
        case .training: "on training"
        case .toil: "taking TOIL"
        case .other: "absent"
        }
    }
}
