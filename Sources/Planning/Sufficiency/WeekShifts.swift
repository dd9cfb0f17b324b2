import Workforce

/// Which shifts of the week are on duty in each hour of the week.
///
/// A shift worked on a day covers an hour when it covers at least half of it (a 09:00-17:00 day
/// covers 09:00 to 16:59; a 21:00-09:00 night covers 21:00 to 08:59 the next morning, so Friday's
/// night covers Saturday's early hours and Sunday's covers Monday's).
public struct WeekShifts: Sendable {
    public struct Slot: Hashable, Sendable {
        /// 0 is Monday, 6 is Sunday.
        public let dayOfWeek: Int
        /// Position in the hub's shift list.
        public let shiftIndex: Int

        /// How cover is set on that day of an ordinary week.
        public var dayType: DayType { dayOfWeek < 5 ? .weekday : (dayOfWeek == 5 ? .saturday : .sunday) }
        /// Slots on different weekdays of one day type share their cover.
        public var team: Team { Team(dayType: dayType, shiftIndex: shiftIndex) }
    }

    /// One row of cover: a kind of day's cover of one shift, the shift's teams in the cover model.
    public struct Team: Hashable, Sendable {
        public let dayType: DayType
        /// Position in the hub's shift list.
        public let shiftIndex: Int
    }

    public let shifts: [ShiftType]
    /// `onDuty[h]`: the shift slots covering hour h of the week.
    public let onDuty: [[Slot]]

    public init(shifts: [ShiftType]) {
        self.shifts = shifts
        var onDuty = Array(repeating: [Slot](), count: 168)
        for day in 0..<7 {
            for (index, shift) in shifts.enumerated() {
                let start = day * 1440 + shift.start.minutes
                let end = start + shift.durationMinutes
                for hour in (start / 60)...((end - 1) / 60) {
                    let overlap = min(end, (hour + 1) * 60) - max(start, hour * 60)
                    if overlap >= 30 { onDuty[hour % 168].append(Slot(dayOfWeek: day, shiftIndex: index)) }
                }
            }
        }
        self.onDuty = onDuty
    }

    /// AMHPs on duty in each hour when each kind of day and shift has the given cover.
    public func onDutyByHour(_ cover: (DayType, String) -> Int) -> [Int] {
        onDutyByHour(byTeam: { cover($0.dayType, shifts[$0.shiftIndex].code) })
    }

    /// The same, given each row of cover's count.
    public func onDutyByHour(byTeam cover: (Team) -> Int) -> [Int] {
        onDuty.map { slots in slots.reduce(0) { $0 + cover($1.team) } }
    }
}
