import Workforce

/// A rota row that names a known AMHP and shift type on a date in the month.
struct RosteredShift: Hashable, Sendable {
    let assignment: Assignment
    let amhp: AMHP
    let shift: ShiftType

    var date: LocalDate { assignment.date }
}

/// The facts every rule reads, worked out once per check: readable rows, the timeline, commitments.
struct CheckContext: Sendable {
    let hub: Hub
    let month: Month
    let calendar: HubCalendar
    /// Readable rows in rota order; unreadable ones are reported and play no further part.
    let rosteredShifts: [RosteredShift]
    let unreadableRows: [Violation]
    let timeline: Timeline
    private let shiftsByAMHP: [String: [RosteredShift]]
    private let shiftsBySlot: [Slot: [RosteredShift]]
    private let commitments: [String: MonthlyCommitment]
    /// Pounds of unsocial-hours enhancement by AMHP, worked out once: the soft rule and the person
    /// summaries both read it.
    private let enhancements: [String: Double]
    /// The rota a re-plan started from, for `changed_cell`; nil for any other check.
    let baseline: RotaBaseline?

    /// A date and shift type: one cell column of the coverage grid.
    struct Slot: Hashable, Sendable {
        let date: LocalDate
        let shiftCode: String
    }

    init(hub: Hub, month: Month, rota: Rota, baseline: RotaBaseline? = nil) {
        self.hub = hub
        self.baseline = baseline
        self.month = month
        calendar = hub.calendar(for: month)
        let rows = Self.readRows(rota, hub: hub, month: month)
        rosteredShifts = rows.readable
        unreadableRows = rows.unreadable
        timeline = Timeline(hub: hub, month: month, rosteredShifts: rows.readable)
        let byAMHP = Dictionary(grouping: rows.readable) { $0.amhp.id }
        shiftsByAMHP = byAMHP
        shiftsBySlot = Dictionary(grouping: rows.readable) { Slot(date: $0.date, shiftCode: $0.shift.code) }
        var commitments: [String: MonthlyCommitment] = [:]
        for amhp in hub.amhps { commitments[amhp.id] = MonthlyCommitment(amhp: amhp, hub: hub, month: month) }
        self.commitments = commitments
        let terms = hub.rules.unsocialHours
        let calendar = calendar
        enhancements = byAMHP.mapValues { worked in
            worked.map { terms.enhancement(of: $0.shift, on: $0.date, calendar: calendar, rates: terms.rates(for: $0.amhp.employment)) }
                .reduce(0, +)
        }
    }

    /// The enhancement, in pounds, paid on one AMHP's shifts in the month at their employer's rates.
    func enhancement(of amhp: AMHP) -> Double { enhancements[amhp.id] ?? 0 }

    var rules: WorkingTimeRules { hub.rules.workingTime }

    func weight(_ rule: SoftRule) -> Double { hub.rules.weights[rule] }

    /// An AMHP's shifts in the month (never carry-in), in date order.
    func shifts(of amhpID: String) -> [RosteredShift] { shiftsByAMHP[amhpID] ?? [] }

    /// Everyone rostered on one shift of one date, each AMHP once, in hub order.
    func people(on date: LocalDate, shift code: String) -> [AMHP] {
        let ids = Set((shiftsBySlot[Slot(date: date, shiftCode: code)] ?? []).map(\.amhp.id))
        return hub.amhps.filter { ids.contains($0.id) }
    }

    func commitment(of amhp: AMHP) -> MonthlyCommitment {
        commitments[amhp.id] ?? MonthlyCommitment(amhp: amhp, hub: hub, month: month)
    }

    /// The sum of the lengths of the shifts an AMHP works in the month.
    func rosteredHours(of amhpID: String) -> Double { shifts(of: amhpID).map(\.shift.hours).reduce(0, +) }
}
