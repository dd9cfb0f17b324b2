import Workforce

/// What `my.leaf` shows an AMHP: their published shifts for two months, their TOIL, leave and
/// requests, the changes to their shifts since they last looked, and the forms to ask for a shift or a day off and to subscribe to their calendar.
struct MyPageView: Encodable {
    struct ShiftLine: Encodable {
        let day: String
        let code: String
        let name: String
        let times: String
        let coordinator: Bool
        /// Weekday duty: working time off the rota's cover.
        let duty: Bool
        let cssClass: String
    }

    struct MonthBlock: Encodable {
        let month: String
        let monthName: String
        let published: Bool
        let shifts: [ShiftLine]
        let hours: String
        /// Of `shifts`, those on duty; 0 when none.
        let dutyCount: Int
    }

    struct LeaveLine: Encodable {
        let kind: String
        let first: String
        let last: String
        let note: String
    }

    struct RequestLine: Encodable {
        let id: String
        let day: String
        let shift: String
        let preference: String
        let weight: Int
    }

    struct Option: Encodable {
        let value: String
        let label: String
    }

    let amhpID: String
    let name: String
    let month: String
    let previousMonth: String
    let nextMonth: String
    let months: [MonthBlock]
    let balance: TOILBalanceLine
    let leave: [LeaveLine]
    let requests: [RequestLine]
    let shiftOptions: [Option]
    /// Changes later versions made to the AMHP's shifts; set by `MyPageView.load`.
    var changes = MyChangesView.none
    /// The Swaps panel (`my-swaps.leaf`); set by `MyPages.my`.
    var swaps = MySwapsView.none

    init(amhp: AMHP, month: Month, rotas: [MyRotaDTO], hub: Hub, balance: TOILBalanceDTO, leave: [LeaveDTO], requests: [RequestDTO]) {
        amhpID = amhp.id
        name = amhp.name
        self.month = "\(month)"
        previousMonth = "\(PageText.previous(month))"
        nextMonth = "\(month.next)"
        let shiftIndex = Dictionary(hub.shiftTypes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        months = rotas.map { rota in
            let shifts = rota.shifts.sorted { $0.date < $1.date }
            let hours = shifts.compactMap { hub.shiftType($0.shift)?.hours }.reduce(0, +)
            return MonthBlock(
                month: rota.month, monthName: Month(rota.month).map(PageText.monthName) ?? rota.month, published: rota.published,
                shifts: shifts.map { shift in
                    ShiftLine(day: PageText.day(shift.date), code: shift.shift, name: shift.shiftName, times: "\(shift.start)–\(shift.end)",
                              coordinator: shift.coordinator, duty: shift.kind == ShiftKind.duty.rawValue,
                              cssClass: "shift-\(shiftIndex[shift.shift] ?? 0)")
                },
                hours: PageText.hours(hours), dutyCount: shifts.filter { $0.kind == ShiftKind.duty.rawValue }.count)
        }
        self.balance = TOILBalanceLine(balance)
        self.leave = leave.sorted { $0.start < $1.start }.map { LeaveLine(kind: $0.kind, first: $0.start, last: $0.end, note: $0.note) }
        self.requests = requests.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { request in
            RequestLine(id: request.id, day: PageText.day(request.date),
                        shift: request.shift.flatMap { code in hub.shiftType(code).map { "\($0.name) (\(code))" } } ?? request.shift ?? "any shift",
                        preference: request.preference, weight: request.weight)
        }
        shiftOptions = hub.shiftTypes.map {
            Option(value: $0.code, label: "\($0.name) (\($0.start)–\($0.end))" + ($0.isDuty ? ", duty" : ""))
        }
    }
}
