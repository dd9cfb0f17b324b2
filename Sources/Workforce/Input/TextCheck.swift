/// Whether a piece of text from outside may be stored: no control characters (a NUL, a carriage
/// return or an escape sequence breaks storage, headers, CSV and calendar feeds alike) and no more
/// than a set number of characters.
///
///     TextCheck.problem(in: "Sam\u{0}", limit: InputLimits.nameLength)
///     // "contains a control character (U+0000). Fix: remove it; write the text on one line."
public enum TextCheck {
    /// What is wrong with `text`, as "problem. Fix: fix", or nil when it may be stored.
    ///
    /// - Parameter multiline: allows line breaks (`\n`, and `\r\n` as Excel writes them), for notes.
    public static func problem(in text: String, limit: Int, multiline: Bool = false) -> String? {
        if let scalar = text.unicodeScalars.first(where: { isForbidden($0, multiline: multiline) }) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            return "contains a control character (U+\(padded)). Fix: remove it"
                + (multiline ? "." : "; write the text on one line.")
        }
        if text.count > limit {
            return "is \(text.count) characters long. Fix: shorten it to at most \(limit) characters."
        }
        return nil
    }

    /// Whether `text` may be stored as it is.
    public static func isAcceptable(_ text: String, limit: Int, multiline: Bool = false) -> Bool {
        problem(in: text, limit: limit, multiline: multiline) == nil
    }

    /// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
    public static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        if multiline && (scalar == "\n" || scalar == "\r") { return false }
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
