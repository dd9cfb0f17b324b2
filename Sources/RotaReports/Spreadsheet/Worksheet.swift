/// One sheet of a workbook: rows of cells from the top left, with frozen rows and columns and
/// column widths.
///
///     var sheet = Worksheet(name: "Rota")
///     sheet.rows = [[.text("AMHP"), .text("Tu 1")], [.text("Helen Whitfield"), .text("N", style: night)]]
///     sheet.frozenRows = 1; sheet.frozenColumns = 1     // the header row and the name column stay put
public struct Worksheet: Sendable {
    /// The tab's name: at most 31 characters, none of `[]:*?/\` (Excel's rule; `XLSXPackage` enforces it).
    public let name: String
    public var rows: [[SheetCell]] = []
    public var frozenRows = 0
    public var frozenColumns = 0
    /// Widths in characters of the first columns, in order; later columns keep Excel's default.
    public var columnWidths: [Double] = []

    public init(name: String) {
        self.name = name
    }

    /// The column's letters for a zero-based index: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// A cell reference such as `B2` for zero-based row and column.
    public static func reference(row: Int, column: Int) -> String { "\(columnName(column))\(row + 1)" }
}
