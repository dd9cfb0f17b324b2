/// One cell of a worksheet: text or a number, in a style of the workbook's `WorkbookStyles`.
public struct SheetCell: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case empty
        /// Text, written as an inline string: Excel shows it as it is and never turns it into a date.
        case text(String)
        case number(Double)
    }

    public let value: Value
    /// An index returned by `WorkbookStyles.style(fill:bold:centred:)`; 0 is the default style.
    public let style: Int

    public init(_ value: Value, style: Int = 0) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, style: Int = 0) -> SheetCell { SheetCell(.text(text), style: style) }
    public static func number(_ number: Double, style: Int = 0) -> SheetCell { SheetCell(.number(number), style: style) }
    public static func empty(style: Int = 0) -> SheetCell { SheetCell(.empty, style: style) }
}
