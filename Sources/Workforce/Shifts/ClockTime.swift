/// A time of day to the minute, as a shift starts or ends: `21:00`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after midnight, 0..<1440.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// The time `minutes` after midnight, brought into the day (1440 is midnight again): for
    /// times computed rather than read.
    public init(wrappingMinutes minutes: Int) {
        self.minutes = ((minutes % 1440) + 1440) % 1440
    }

    /// Parses `H:MM` or `HH:MM` (24-hour clock); `HH:MM:00`, as Excel may save a time, is accepted too.
    public init?(_ text: String) {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3 && parts[2] == "00" { parts.removeLast() }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { "0"..."9" ~= $0 } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public var description: String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// Minutes of the night period 23:00–06:00 (WTR 1998 reg. 2) within a shift starting at `start`
    /// and lasting `minutes`.
    public static func nightMinutes(from start: ClockTime, lasting minutes: Int) -> Int {
        (0..<minutes).reduce(0) { count, offset in
            let clock = (start.minutes + offset) % 1440
            return count + (clock >= 23 * 60 || clock < 6 * 60 ? 1 : 0)
        }
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
