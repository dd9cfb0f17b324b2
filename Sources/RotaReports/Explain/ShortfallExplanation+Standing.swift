import Workforce

extension ShortfallExplanation.Reason {
    /// Why an AMHP cannot take a shift before any rule is tried: from the hub's data (warrant, absence,
    /// night working, trainee) and the rota (another shift that day); nil when nothing stands in the way.
    /// Shared by the short-shift explanations and "who can cover", so both give one set of reasons.
    static func standing(_ amhp: AMHP, date: LocalDate, shift: ShiftType, rota: Rota, hub: Hub) -> Self? {
        if !amhp.mayBeRostered(on: date) {
            if let approval = amhp.approval, !amhp.isTrainee, date > approval.last { return .notApproved("warrant expired \(approval.last)") }
            if let approval = amhp.approval, !amhp.isTrainee, date < approval.first { return .notApproved("approved only from \(approval.first)") }
            if amhp.approval == nil && !amhp.isTrainee { return .notApproved("holds no warrant") }
            return .notApproved("approval suspended")
        }
        if let absence = hub.absence(of: amhp.id, on: date) { return .absent(absence.kind, note: absence.note) }
        if shift.isNight && amhp.nightWorking == .no { return .doesNotWorkNights }
        if !shift.isNight && amhp.nightWorking == .only { return .worksOnlyNights }
        if let other = rota.shift(of: amhp.id, on: date), other != shift.code {
            return .onAnotherShift(shiftName: hub.shiftType(other)?.name ?? other)
        }
        if !amhp.countsTowardsCover && !shift.isDuty { return .doesNotCountTowardsCover }
        return nil
    }
}
