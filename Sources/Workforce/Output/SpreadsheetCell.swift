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
///
/// A month column is written as `monthText(_:)`, `="2026-12"`: Excel shows it as the text 2026-12
/// instead of turning it into the date 1 December 2026 shown as "Dec-26". That one form (a month in
/// quotes after `=`, nothing else) is a constant, never a formula that reaches out, so `escaped`
/// leaves it alone.
public enum SpreadsheetCell {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A month as a CSV cell Excel keeps as text: `="2026-12"`.
    public static func monthText(_ month: Month) -> String { "=\"\(month.description)\"" }

    /// The month in a cell written by `monthText` (or a plain `2026-12`), or nil.
    public static func month(fromCell cell: String) -> Month? {
        if cell.hasPrefix("=\""), cell.hasSuffix("\""), cell.count == 10 { return Month(String(cell.dropFirst(2).dropLast())) }
        return Month(cell)
    }

    /// `text` as it may be written to a CSV cell.
    public static func escaped(_ text: String) -> String {
        if text.count == 10, text.hasPrefix("=\""), month(fromCell: text) != nil { return text }
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
