import Workforce

/// The rota shifts of published months counted as Standards 2.1 and 4.1 ask: which were staffed,
/// which had two or more AMHPs, which needed a coordinator (the cover table says so) and had one.
/// Trainees do not count, as they do not count towards cover.
struct RotaSlots {
    private(set) var staffed = 0
    private(set) var withTwoOrMore = 0
    private(set) var needingCoordinator = 0
    private(set) var coordinated = 0

    init(hub: Hub, rotas: [Rota]) {
        let counted = Set(hub.amhps.filter(\.countsTowardsCover).map(\.id))
        for rota in rotas {
            let calendar = hub.calendar(for: rota.month)
            let byDay = Dictionary(grouping: rota.assignments.filter { counted.contains($0.amhpID) }) { "\($0.date) \($0.shiftCode)" }
            for date in rota.month.dates {
                for shift in hub.shiftTypes where !shift.isDuty {
                    let on = byDay["\(date) \(shift.code)"] ?? []
                    if !on.isEmpty { staffed += 1 }
                    if on.count >= 2 { withTwoOrMore += 1 }
                    if hub.coverRule(for: calendar.dayType(date), shift: shift.code)?.coordinatorRequired == true {
                        needingCoordinator += 1
                        if on.contains(where: \.isCoordinator) { coordinated += 1 }
                    }
                }
            }
        }
    }
}
