import Workforce

extension CheckContext {
    /// One summary per AMHP, in hub order, from the same counts the rules use.
    func personSummaries() -> [PersonSummary] {
        hub.amhps.map { amhp in
            let worked = shifts(of: amhp.id)
            let commitment = commitment(of: amhp)
            let requests = requestsInMonth(of: amhp)
            let met = requests.filter(isHonoured).count
            let duty = worked.filter(\.shift.isDuty)
            return PersonSummary(
                amhpID: amhp.id,
                shifts: worked.count,
                rosteredHours: rosteredHours(of: amhp.id),
                contractedHours: commitment.contractedHours,
                committedShifts: commitment.committedShifts,
                nights: worked.filter(\.shift.isNight).count,
                weekendShifts: worked.filter { FairnessCategory.weekends.counts($0.shift, on: $0.date, calendar: calendar) }.count,
                bankHolidayShifts: worked.filter { FairnessCategory.bankHolidays.counts($0.shift, on: $0.date, calendar: calendar) }.count,
                requestsMet: met,
                requestsMissed: requests.count - met,
                toilPlanBackHours: hub.toilPlan(for: amhp.id)?.planBackHours ?? 0,
                toilPlannedHours: laPosition(amhp)?.planned ?? 0,
                dutyShifts: duty.count,
                dutyHours: duty.map(\.shift.hours).reduce(0, +),
                enhancement: enhancement(of: amhp),
                availableDays: commitment.availableDays)
        }
    }
}
