/// A kind of shift on the rota, such as the day, late or night shift.
///
/// A shift that ends at or before the time it starts crosses midnight and ends the next day.
public struct ShiftType: Hashable, Sendable, Identifiable {
    /// Short code shown in the rota grid and used in CSV files: `D`, `L`, `N`.
    public let code: String
    public let name: String
    public let start: ClockTime
    public let end: ClockTime
    public let isNight: Bool
    /// A rota shift (cover) or a duty shift (hours the rota does not need).
    public let kind: ShiftKind

    public init(code: String, name: String, start: ClockTime, end: ClockTime, isNight: Bool, kind: ShiftKind = .rota) {
        self.code = code
        self.name = name
        self.start = start
        self.end = end
        self.isNight = isNight
        self.kind = kind
    }

    /// A duty shift: hours that count towards a contract but not towards cover.
    public var isDuty: Bool { kind == .duty }

    public var id: String { code }

    public var crossesMidnight: Bool { end <= start }

    /// Length in minutes; a shift that ends when it starts lasts 24 hours.
    public var durationMinutes: Int {
        crossesMidnight ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes
    }

    public var hours: Double { Double(durationMinutes) / 60 }

    /// Minutes from the start of the rota's first day to this shift's start, when worked on `dayIndex`.
    public func startMinute(onDay dayIndex: Int) -> Int { dayIndex * 1440 + start.minutes }

    public func endMinute(onDay dayIndex: Int) -> Int { startMinute(onDay: dayIndex) + durationMinutes }
}
