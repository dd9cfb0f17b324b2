/// Values as messages show them: quoted, with control characters spelled out, so a NUL or an escape
/// that cannot be seen on screen is still named.
public enum StoredText {
    /// `text` in quotes, each control character as `\u{…}`, cut short after `limit` characters.
    ///
    ///     StoredText.shown("Sam\u{0}")   // "Sam\u{0}" (with the backslash printed)
    public static func shown(_ text: String, limit: Int = 120) -> String {
        var shown = ""
        for scalar in text.unicodeScalars.prefix(limit) {
            shown += isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return "\"\(shown)\"" + (text.unicodeScalars.count > limit ? "…" : "")
    }

    /// Whether `text` holds a control character (NUL, a tab, an escape…), which some databases cannot keep.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
