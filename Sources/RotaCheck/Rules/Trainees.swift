import Workforce

extension CheckContext {
    /// A trainee works a shift only when their practice educator works the same shift on the same date
    /// (AMHP training placements).
    func traineeWithEducator(_ amhp: AMHP) -> [Violation] {
        guard let educatorID = amhp.educatorID else { return [] }
        let educatorShifts = Set(shifts(of: educatorID).map { Slot(date: $0.date, shiftCode: $0.shift.code) })
        let educatorName = hub.amhp(educatorID).map(Wording.person) ?? "\"\(educatorID)\""
        return shifts(of: amhp.id)
            .filter { !educatorShifts.contains(Slot(date: $0.date, shiftCode: $0.shift.code)) }
            .map { worked in
                .hard(.traineeWithEducator, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code,
                      "Trainee \(Wording.person(amhp)) is rostered on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) without their practice educator \(educatorName) on the same shift.")
            }
    }
}
