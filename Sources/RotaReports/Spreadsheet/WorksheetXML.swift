import Foundation

/// A `Worksheet` as `xl/worksheets/sheetN.xml`.
enum WorksheetXML {
    static func text(_ sheet: Worksheet, styleCount: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += sheetView(sheet)
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += #"<row r="\#(rowIndex + 1)">"#
            for (columnIndex, cell) in row.enumerated() {
                xml += self.cell(cell, at: Worksheet.reference(row: rowIndex, column: columnIndex), styleCount: styleCount)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// The frozen pane: rows above and columns left of its top-left cell stay in view.
    private static func sheetView(_ sheet: Worksheet) -> String {
        guard sheet.frozenRows > 0 || sheet.frozenColumns > 0 else { return #"<sheetViews><sheetView workbookViewId="0"/></sheetViews>"# }
        let topLeft = Worksheet.reference(row: sheet.frozenRows, column: sheet.frozenColumns)
        let pane = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
        var attributes = ""
        if sheet.frozenColumns > 0 { attributes += #" xSplit="\#(sheet.frozenColumns)""# }
        if sheet.frozenRows > 0 { attributes += #" ySplit="\#(sheet.frozenRows)""# }
        return #"<sheetViews><sheetView workbookViewId="0"><pane\#(attributes) topLeftCell="\#(topLeft)" activePane="\#(pane)" state="frozen"/>"#
            + #"<selection pane="\#(pane)" activeCell="\#(topLeft)" sqref="\#(topLeft)"/></sheetView></sheetViews>"#
    }

    private static func cell(_ cell: SheetCell, at reference: String, styleCount: Int) -> String {
        let style = (0..<styleCount).contains(cell.style) && cell.style > 0 ? #" s="\#(cell.style)""# : ""
        switch cell.value {
        case .empty:
            return style.isEmpty ? "" : #"<c r="\#(reference)"\#(style)/>"#
        case .text(let text):
            return #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
        case .number(let number):
            guard number.isFinite else { return #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t>\#(number)</t></is></c>"# }
            return #"<c r="\#(reference)"\#(style)><v>\#(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))</v></c>"#
        }
    }
}

/// Text made safe inside an XML element or attribute: the five special characters escaped, and
/// control characters XML 1.0 cannot carry (all below U+0020 but tab, line feed and carriage return) left out.
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
