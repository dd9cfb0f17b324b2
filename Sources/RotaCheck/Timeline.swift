import Workforce

/// One shift as a span of clock time: [start, end) in minutes from 1970-01-01 00:00.
///
/// Minutes are `date.dayNumber × 1440 + start`, so rest across midnight, month ends and
/// carry-in is plain subtraction, with no time zones or calendars involved.
struct ShiftInterval: Hashable, Sendable {
    let amhpID: String
    /// The date the shift starts, which is the date it is worked "on".
    let date: LocalDate
    let shift: ShiftType
    let startMinute: Int
    let endMinute: Int
    /// Worked before the month (carry-in): counts for rest, sequences and the 48-hour average only.
    let isCarryIn: Bool

    init(amhpID: String, date: LocalDate, shift: ShiftType, isCarryIn: Bool) {
        self.amhpID = amhpID
        self.date = date
        self.shift = shift
        self.startMinute = Timeline.minute(of: date, at: shift.start)
        self.endMinute = startMinute + shift.durationMinutes
        self.isCarryIn = isCarryIn
    }
}

/// Each AMHP's shifts as clock intervals in start order, carry-in included.
struct Timeline: Sendable {
    static let minutesPerDay = 1440

    private let intervalsByAMHP: [String: [ShiftInterval]]

    /// Carry-in rows count only when dated before the month; rows in or after it are the rota's business.
    init(hub: Hub, month: Month, rosteredShifts: [RosteredShift]) {
        var byAMHP: [String: [ShiftInterval]] = [:]
        for carried in hub.carryIn where carried.date < month.firstDay {
            guard hub.amhp(carried.amhpID) != nil, let shift = hub.shiftType(carried.shiftCode) else { continue }
            byAMHP[carried.amhpID, default: []].append(
                ShiftInterval(amhpID: carried.amhpID, date: carried.date, shift: shift, isCarryIn: true))
        }
        for rostered in rosteredShifts {
            byAMHP[rostered.amhp.id, default: []].append(
                ShiftInterval(amhpID: rostered.amhp.id, date: rostered.date, shift: rostered.shift, isCarryIn: false))
        }
        intervalsByAMHP = byAMHP.mapValues { $0.sorted { ($0.startMinute, $0.endMinute) < ($1.startMinute, $1.endMinute) } }
    }

    /// Minutes from 1970-01-01 00:00 to a time on a date.
    static func minute(of date: LocalDate, at time: ClockTime) -> Int { date.dayNumber * minutesPerDay + time.minutes }

    /// The first minute of a date.
    static func midnight(_ date: LocalDate) -> Int { date.dayNumber * minutesPerDay }

    /// An AMHP's intervals, earliest start first.
    func intervals(of amhpID: String) -> [ShiftInterval] { intervalsByAMHP[amhpID] ?? [] }
}
