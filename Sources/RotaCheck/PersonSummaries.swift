import Workforce

extension CheckContext {
    /// One summary per AMHP, in hub order, from the same counts the rules use.
    func personSummaries() -> [PersonSummary] {
        hub.amhps.map { amhp in
            let worked = shifts(of: amhp.id)
            let commitment = commitment(of: amhp)
            let requests = requestsInMonth(of: amhp)
            let met = requests.filter(isHonoured).count
            return PersonSummary(
                amhpID: amhp.id,
                shifts: worked.count,
                rosteredHours: rosteredHours(of: amhp.id),
                contractedHours: commitment.contractedHours,
                committedShifts: commitment.committedShifts,
                nights: worked.filter(\.shift.isNight).count,
                weekendShifts: worked.filter { $0.date.isWeekend }.count,
                bankHolidayShifts: worked.filter { calendar.isBankHoliday($0.date) }.count,
                requestsMet: met,
                requestsMissed: requests.count - met,
                toilPlanBackHours: hub.toilPlan(for: amhp.id)?.planBackHours ?? 0,
                toilPlannedHours: laPosition(amhp)?.planned ?? 0)
        }
    }
}
