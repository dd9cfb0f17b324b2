/// A CSV cell made safe to open in a spreadsheet (OWASP's advice on CSV injection): text that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by Excel,
/// so it is written with a single quote in front, which Excel shows as text. Plain numbers such as
/// `-2.5` are left alone, so payroll columns stay numbers.
///
/// `CSVTable` takes the quote off again when it reads a hub file, so a file written by `HubWriter`
/// reads back as it was.
///
///     SpreadsheetCell.escaped("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
///     SpreadsheetCell.escaped("-2.50")                       // "-2.50"
public enum SpreadsheetCell {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as it may be written to a CSV cell.
    public static func escaped(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first), DecimalText.number(text) == nil else { return text }
        return "'" + text
    }

    /// A cell as written by `escaped`, back to its text.
    public static func unescaped(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, formulaStarts.contains(second),
              DecimalText.number(String(cell.dropFirst())) == nil else { return cell }
        return String(cell.dropFirst())
    }
}
