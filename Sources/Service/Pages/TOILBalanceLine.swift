/// One AMHP's TOIL as the pages print it: the balance, the month's movement and any alerts.
struct TOILBalanceLine: Encodable {
    let amhpID: String
    let name: String
    let asOf: String
    let held: String
    let planned: String
    let available: String
    let oldestLot: String
    let opening: String
    let accrued: String
    let bankHoliday: String
    let taken: String
    let adjusted: String
    let forfeited: String
    let paidOut: String
    let closing: String
    let plannedBack: String
    let alerts: [String]
    let hasAlerts: Bool

    init(_ balance: TOILBalanceDTO) {
        (amhpID, name, asOf) = (balance.amhpID, balance.name, balance.asOf)
        held = PageText.hours(balance.held)
        planned = PageText.hours(balance.planned)
        available = PageText.hours(balance.available)
        oldestLot = balance.oldestLotDate ?? ""
        opening = PageText.hours(balance.opening)
        accrued = PageText.hours(balance.accrued)
        bankHoliday = PageText.hours(balance.bankHoliday)
        taken = PageText.hours(balance.taken)
        adjusted = PageText.hours(balance.adjusted)
        forfeited = PageText.hours(balance.forfeited)
        paidOut = PageText.hours(balance.paidOut)
        closing = PageText.hours(balance.closing)
        plannedBack = PageText.hours(balance.plannedBackThisMonth)
        alerts = balance.alerts
        hasAlerts = !balance.alerts.isEmpty
    }
}
