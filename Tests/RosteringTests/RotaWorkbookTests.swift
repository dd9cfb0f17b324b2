import Foundation
import RotaCheck
@testable import RotaReports
import Testing
import Workforce
import ZIPFoundation

/// rota.xlsx on `ReportFixture`'s rota: the package's parts, unzipped; the grid's cells, fills and frozen pane.
@Suite struct RotaWorkbookTests {
    let workbook = RotaWorkbook(hub: ReportFixture.hub, rota: ReportFixture.rota, report: ReportFixture.report)

    /// Every part of the archive, by path, as text.
    func unzipped() throws -> [String: String] {
        let archive = try Archive(data: try workbook.data(), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    @Test func theArchiveHoldsEveryPartTiedTogether() throws {
        let parts = try unzipped()
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let types = try #require(parts["[Content_Types].xml"])
        #expect(types.contains(#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#))
        #expect(types.contains(#"<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        #expect(types.contains(#"<Override PartName="/xl/styles.xml""#))
        #expect(parts["_rels/.rels"]?.contains(#"Target="xl/workbook.xml""#) == true)
        let workbookXML = try #require(parts["xl/workbook.xml"])
        #expect(workbookXML.contains(#"<sheet name="Rota" sheetId="1" r:id="rId1"/><sheet name="Legend" sheetId="2" r:id="rId2"/>"#))
        let relationships = try #require(parts["xl/_rels/workbook.xml.rels"])
        #expect(relationships.contains(#"Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml""#))
        #expect(relationships.contains(#"Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml""#))
        // The parts unzip to exactly what was packed.
        for part in workbook.package().parts { #expect(parts[part.path] == part.text, "\(part.path)") }
    }

    @Test func theGridHasNamesDownDaysAcrossAndAFrozenHeaderAndNameColumn() throws {
        let sheet = try #require(try unzipped()["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">Amy Adams</t></is></c>"#))
        // Tuesday 1 December heads column B; Sunday 6th's night for Amy is G2.
        #expect(sheet.contains(#"<t xml:space="preserve">Tu 1</t>"#))
        let rota = workbook.package().sheets[0]
        #expect(rota.rows[0][1] == .text("Tu 1", style: rota.rows[0][1].style))
        let night = rota.rows[1][6]
        #expect(night.value == .text("N"))
        // Erin is on leave all month.
        #expect(rota.rows[4][1].value == .text("AL"))
        // Cover rows follow the AMHPs: Day cover on Tuesday 1st, 2 on a minimum of 1.
        #expect(rota.rows[5][0].value == .text("Day cover"))
        #expect(rota.rows[5][1].value == .text("2/1"))
    }

    @Test func shiftCellsAreFilledInTheShiftsColour() throws {
        let package = workbook.package()
        let night = package.sheets[0].rows[1][6]
        let format = package.styles.formats[night.style]
        // Night is the hub's second shift type: the palette's second colour, as rota.html.
        #expect(format.fill == ShiftColours.colour(at: 1))
        #expect(format.fill == "FFE3B3")
        let styles = try #require(try unzipped()["xl/styles.xml"])
        #expect(styles.contains(#"<fgColor rgb="FFFFE3B3"/>"#))
        #expect(styles.contains(#"<fill><patternFill patternType="gray125"/></fill>"#))
    }

    @Test func columnLettersAndTextAreSafe() {
        #expect(Worksheet.columnName(0) == "A")
        #expect(Worksheet.columnName(25) == "Z")
        #expect(Worksheet.columnName(26) == "AA")
        #expect(Worksheet.columnName(31) == "AF")
        #expect(XMLText.escape("A & B <\"x\">\u{1}") == "A &amp; B &lt;&quot;x&quot;&gt;")
        #expect(XLSXPackage.sheetName("a/b:c") == "abc")
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        #expect(try workbook.data() == workbook.data())
    }
}
