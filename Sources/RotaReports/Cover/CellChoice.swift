import Workforce

/// What one cell of a rota (an AMHP on a date) may be set to: a shift, or off.
public enum CellChoice: Hashable, Sendable, CustomStringConvertible {
    case shift(String)
    case off

    /// The shift code, or nil for off.
    public var shiftCode: String? {
        if case .shift(let code) = self { code } else { nil }
    }

    /// "N" for a shift, "off" for none: how the CLI and the API name a choice.
    public var description: String { shiftCode ?? "off" }
}
