extension TOILHours: AdditiveArithmetic {
    public static func + (lhs: TOILHours, rhs: TOILHours) -> TOILHours {
        TOILHours(hundredths: lhs.hundredths + rhs.hundredths)
    }

    public static func - (lhs: TOILHours, rhs: TOILHours) -> TOILHours {
        TOILHours(hundredths: lhs.hundredths - rhs.hundredths)
    }

    public static prefix func - (operand: TOILHours) -> TOILHours {
        TOILHours(hundredths: -operand.hundredths)
    }
}

extension TOILHours: Comparable {
    public static func < (lhs: TOILHours, rhs: TOILHours) -> Bool { lhs.hundredths < rhs.hundredths }
}

extension Sequence where Element == TOILHours {
    /// The total of the quantities; zero when there are none.
    public func sum() -> TOILHours { reduce(.zero, +) }
}
