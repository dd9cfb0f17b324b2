import Foundation
import Testing
@testable import Workforce

/// The bounds every outside value is held to: text, decimals and spreadsheet cells.
@Suite struct InputBoundsTests {
    @Test func textWithControlCharactersOrTooLongIsRefused() {
        #expect(TextCheck.problem(in: "Sam Patel", limit: 20) == nil)
        #expect(TextCheck.problem(in: "", limit: 20) == nil, "the zero case: nothing is fine")
        #expect(TextCheck.problem(in: "Sam\u{0}", limit: 20)?.contains("U+0000") == true)
        #expect(TextCheck.problem(in: "Helen\r\nX-Evil: 1", limit: 100)?.contains("control character") == true)
        #expect(TextCheck.problem(in: "a\tb", limit: 20) != nil)
        #expect(TextCheck.problem(in: "a\u{2028}b", limit: 20) != nil)
        #expect(TextCheck.problem(in: "line one\nline two", limit: 100, multiline: true) == nil)
        #expect(TextCheck.problem(in: String(repeating: "x", count: 21), limit: 20)?.contains("at most 20") == true)
        #expect(TextCheck.problem(in: String(repeating: "é", count: 20), limit: 20) == nil, "characters, not bytes")
    }

    @Test func decimalsAreOnlyPlainDecimals() {
        #expect(DecimalText.number("37.5") == 37.5 && DecimalText.number("-2") == -2 && DecimalText.number(".5") == 0.5)
        #expect(DecimalText.number("+1") == 1)
        for text in ["0x10", "1e3", "nan", "inf", "-inf", "", ".", "-", "1.2.3", " 1", "1,5", "0x1p4", "١٢"] {
            #expect(DecimalText.number(text) == nil, "\(text)")
        }
        #expect(DecimalText.integer("16") == 16 && DecimalText.integer("+1") == 1 && DecimalText.integer("-3") == -3)
        #expect(DecimalText.integer("0x10") == nil && DecimalText.integer("1.0") == nil && DecimalText.integer("99999999999999999999") == nil)
    }

    @Test func spreadsheetFormulasAreNeutralisedAndReadBack() {
        for formula in ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rx"] {
            let escaped = SpreadsheetCell.escaped(formula)
            #expect(escaped == "'" + formula)
            #expect(SpreadsheetCell.unescaped(escaped) == formula)
        }
        for plain in ["Helen Whitfield", "-2.50", "+1", "7.4", "", "'quoted", "O'Neill"] {
            #expect(SpreadsheetCell.escaped(plain) == plain)
            #expect(SpreadsheetCell.unescaped(plain) == plain)
        }
        let csv = CSVDocument.make(header: ["name", "hours"], rows: [["=1+1", "-2.50"]])
        #expect(csv == "name,hours\r\n'=1+1,-2.50\r\n")
    }

    @Test func csvCellsWithControlCharactersAreRefusedWithTheirPlace() {
        var errors: [InputError] = []
        let table = CSVTable.parse("id,name\r\nA01,\"Sam\u{7}\"\r\nA02,Jo\r\n", fileName: "amhps.csv", required: ["id", "name"],
                                   optional: [], errors: &errors)
        #expect(table?.rows.count == 1)
        #expect(errors.count == 1)
        #expect(errors.first?.file == "amhps.csv" && errors.first?.line == 2 && errors.first?.field == "name")
        #expect(errors.first?.description.contains("Fix:") == true)
    }

    @Test func csvReadsBackWhatItWrites() {
        var errors: [InputError] = []
        let text = CSVDocument.make(header: ["id", "name"], rows: [["A01", "=HYPERLINK(\"x\")"], ["A02", "-5"]])
        let table = CSVTable.parse(text, fileName: "amhps.csv", required: ["id", "name"], optional: [], errors: &errors)
        #expect(errors.isEmpty)
        #expect(table?.rows.map { $0.text("name") } == ["=HYPERLINK(\"x\")", "-5"])
    }

    @Test func rulesFileNumbersAreDecimalOnly() {
        var reader = NodeReader(fileName: "rules.yaml")
        let root = reader.root("hub:\n  count: 0x10\n  share: 1e3\n  plain: 16\n")
        let hub = root.flatMap { reader.entries($0, "", known: ["hub"]).first?.1 }
        let values = hub.map { reader.entries($0, "hub", known: ["count", "share", "plain"]) } ?? []
        let numbers = values.map { reader.number($0.1, "hub.\($0.0)", in: 0...100) }
        #expect(numbers.count == 3 && numbers[0] == nil && numbers[1] == nil && numbers[2] == 16)
        #expect(reader.errors.map(\.field) == ["hub.count", "hub.share"])
        #expect(reader.errors.allSatisfy { $0.file == "rules.yaml" && $0.line != nil })
    }

    @Test func minusZeroIsZeroAndAFileOfTooManyRowsIsRefusedAtOnce() {
        #expect(DecimalText.number("-0")?.sign == .plus && DecimalText.number("-0.00") == 0)
        var errors: [InputError] = []
        let rows = String(repeating: "A01,x\n", count: InputLimits.rowsPerFile + 1)
        #expect(CSVTable.parse("id,name\n" + rows, fileName: "history.csv", required: ["id", "name"], optional: [], errors: &errors) == nil)
        #expect(errors.count == 1 && errors.first?.file == "history.csv" && errors.first?.problem.contains("rows") == true)
    }

    @Test func aLongListOfProblemsIsSummarisedAfterTheFirstHundred() {
        let many = InputErrors((1...250).map { InputError(file: $0 % 2 == 0 ? "leave.csv" : "amhps.csv", line: $0, field: "x",
                                                          problem: "bad.", fix: "mend it.") })
        let lines = many.description.split(separator: "\n")
        #expect(lines.count == 1 + InputLimits.problemsShown + 1)
        #expect(lines.last?.contains("150 more in amhps.csv, leave.csv") == true)
        #expect(InputErrors([]).description == "0 problems in the hub's files:", "the zero case")
    }
}
