/// A quantity of TOIL, held exactly in hundredths of an hour, as payroll writes hours.
///
/// Ledger arithmetic is integer arithmetic, so sums never drift: the hours of every entry
/// add up to the balance to the last hundredth. Values may be negative (a signed movement);
/// an entry's own hours are always positive.
///
///     let day: TOILHours = 7.4      // 740 hundredths
///     day + 0.6                     // 8
///     TOILHours(exactly: 1.333)     // nil: more than two decimal places
public struct TOILHours: Hashable, Sendable {
    /// The quantity in hundredths of an hour (7.4 hours is 740).
    public let hundredths: Int

    public static let zero = TOILHours(hundredths: 0)

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// Hours given to at most two decimal places; nil for more places, infinity or NaN.
    public init?(exactly hours: Double) {
        guard hours.isFinite, abs(hours) < 1e12 else { return nil }
        let scaled = hours * 100
        let rounded = scaled.rounded()
        guard abs(scaled - rounded) < 1e-6 else { return nil }
        self.hundredths = Int(rounded)
    }

    /// The hours as a `Double`, for display and for the rota model (7.4).
    public var hours: Double { Double(hundredths) / 100 }

    public var isPositive: Bool { hundredths > 0 }

    public var magnitude: TOILHours { TOILHours(hundredths: abs(hundredths)) }

    /// Fixed two decimal places, as payroll files want them: `7.40`, `-2.50`, `0.00`.
    public var fixedText: String {
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The shortest text that reads back as the same hours: `7.4`, `37`, `0.25`, `-2.5`.
    public var shortText: String {
        let fixed = fixedText
        guard hundredths % 100 != 0 else { return String(fixed.dropLast(3)) }
        return hundredths % 10 == 0 ? String(fixed.dropLast()) : fixed
    }

    /// The larger of two quantities.
    public static func max(_ first: TOILHours, _ second: TOILHours) -> TOILHours {
        first.hundredths >= second.hundredths ? first : second
    }

    /// The smaller of two quantities.
    public static func min(_ first: TOILHours, _ second: TOILHours) -> TOILHours {
        first.hundredths <= second.hundredths ? first : second
    }
}
