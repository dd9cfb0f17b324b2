extension TOILHours: ExpressibleByIntegerLiteral {
    /// Whole hours: `let week: TOILHours = 37`.
    public init(integerLiteral hours: Int) {
        self.init(hundredths: hours * 100)
    }
}

extension TOILHours: ExpressibleByFloatLiteral {
    /// Hours in code, rounded to the nearest hundredth: `let day: TOILHours = 7.4`.
    public init(floatLiteral hours: Double) {
        self.init(hundredths: Int((hours * 100).rounded()))
    }
}

extension TOILHours: CustomStringConvertible {
    /// Hours with a unit, for messages: `7.4 h`.
    public var description: String { "\(shortText) h" }
}
