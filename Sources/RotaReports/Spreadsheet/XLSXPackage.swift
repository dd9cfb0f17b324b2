import Foundation
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML SpreadsheetML) written by hand: the XML parts for
/// the sheets and styles, the content types and relationships that tie them together, packed into
/// a ZIP archive by ZIPFoundation.
///
/// The parts, in the order written:
/// - `[Content_Types].xml`: the media type of each part;
/// - `_rels/.rels`: the package's one relationship, to the workbook;
/// - `xl/workbook.xml` and `xl/_rels/workbook.xml.rels`: the sheets by name, and the styles;
/// - `xl/styles.xml`: fonts, fills and cell formats (`WorkbookStyles`);
/// - `xl/worksheets/sheet1.xml`, …: each sheet's frozen pane, column widths and cells, text as inline strings.
///
/// The bytes depend only on the sheets: every entry carries the same fixed modification time.
public struct XLSXPackage: Sendable {
    public let sheets: [Worksheet]
    public let styles: WorkbookStyles

    public init(sheets: [Worksheet], styles: WorkbookStyles) {
        self.sheets = sheets
        self.styles = styles
    }

    /// The media type of an `.xlsx` file.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The package's parts by path, as they go into the archive.
    public var parts: [(path: String, text: String)] {
        var parts: [(path: String, text: String)] = [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
                     ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRelationships),
                     ("xl/styles.xml", styles.xml)]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", WorksheetXML.text(sheet, styleCount: styles.formats.count)))
        }
        return parts
    }

    /// The `.xlsx` file's bytes.
    public func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        // 1 January 2000, so the same workbook gives the same bytes.
        let fixedTime = Date(timeIntervalSince1970: 946_684_800)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedTime,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw XLSXError.noArchiveData }
        return data
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    private var contentTypes: String {
        var xml = Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in sheets.indices {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private var packageRelationships: String {
        Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    private var workbook: String {
        var xml = Self.header + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(XMLText.escape(Self.sheetName(sheet.name)))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private var workbookRelationships: String {
        var xml = Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        let stylesID = sheets.count + 1
        xml += #"<Relationship Id="rId\#(stylesID)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, never empty.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}

/// Why an `.xlsx` file could not be made.
public enum XLSXError: Error, CustomStringConvertible {
    case noArchiveData

    public var description: String {
        switch self {
        case .noArchiveData: "the in-memory ZIP archive for the workbook gave no data; try again, and report it if it persists."
        }
    }
}
