/// Numbers as a person writes them in a hub's files: decimal digits with an optional sign and
/// decimal point (`37.5`, `-2`, `.5`). Swift's `Double(_:)` also reads `0x10`, `1e3`, `nan` and
/// `inf`, which no manager means and which would silently become other numbers.
public enum DecimalText {
    /// The number `text` writes, or nil when it is not a plain decimal.
    public static func number(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = parts.joined()
        guard !digits.isEmpty, digits.count <= 30, parts.allSatisfy({ $0.allSatisfy { "0"..."9" ~= $0 } }),
              let value = Double(text), value.isFinite else { return nil }
        // `-0` is zero: adding zero turns -0.0 into 0.0, which is stored and read back the same.
        return value + 0
    }

    /// The whole number `text` writes (an optional sign, then decimal digits), or nil.
    public static func integer(_ text: String) -> Int? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ "0"..."9" ~= $0 }) else { return nil }
        return Int(text)
    }
}
