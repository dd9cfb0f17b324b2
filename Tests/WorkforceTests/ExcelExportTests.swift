import Foundation
import Testing
@testable import Workforce

/// Issue 16's CSVs for Excel: the byte order mark, months Excel keeps as text, the payroll export's
/// period, payroll number and opening balances, and toil.csv's `earned` date.
@Suite struct ExcelExportTests {
    typealias F = TOILFixture

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func everyCSVFileStartsWithTheByteOrderMarkOnce() {
        let text = CSVDocument.make(header: ["name"], rows: [["Zoë"]])
        let data = CSVDocument.fileData(text)
        #expect(Array(data.prefix(3)) == Self.bom)
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == "name\r\nZoë\r\n")
        // Written again, it still has one mark.
        #expect(CSVDocument.withByteOrderMark(CSVDocument.withByteOrderMark(text)) == CSVDocument.byteOrderMark + text)
        #expect(Array(CSVDocument.fileData(text, named: "rota.csv").prefix(3)) == Self.bom)
        #expect(Array(CSVDocument.fileData(text, named: "PAYROLL.CSV").prefix(3)) == Self.bom)
        // Other files are written as they are.
        #expect(CSVDocument.fileData("<html>", named: "rota.html") == Data("<html>".utf8))
    }

    @Test func hubFilesWrittenWithTheMarkReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("excel-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let hub = try HubLoader.load(folder: DemoHubTests.packageRoot.appendingPathComponent("Data/demo-hub"))
        try HubWriter.write(hub, to: folder)
        let written = try Data(contentsOf: folder.appendingPathComponent("amhps.csv"))
        #expect(Array(written.prefix(3)) == Self.bom)
        #expect(try HubLoader.load(folder: folder) == hub)
    }

    @Test func aMonthIsWrittenAsTextExcelKeeps() {
        let december = Month("2026-12")!
        #expect(SpreadsheetCell.monthText(december) == #"="2026-12""#)
        // The one constant formula `escaped` lets through; anything else starting with = is quoted.
        #expect(SpreadsheetCell.escaped(#"="2026-12""#) == #"="2026-12""#)
        #expect(SpreadsheetCell.escaped(#"="2026-13""#) == #"'="2026-13""#)
        #expect(SpreadsheetCell.escaped(#"=HYPERLINK("x")"#) == #"'=HYPERLINK("x")"#)
        #expect(SpreadsheetCell.month(fromCell: #"="2026-12""#) == december)
        #expect(SpreadsheetCell.month(fromCell: "2026-12") == december)
        // In a CSV file the cell is quoted, and reads back (csv modules unquote it) as ="2026-12".
        #expect(CSVDocument.make(header: ["month"], rows: [[SpreadsheetCell.monthText(december)]]) == "month\r\n\"=\"\"2026-12\"\"\"\r\n")
    }

    @Test func payrollHasThePeriodAndThePayrollNumber() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(3), 5))
        let amy = AMHP(id: F.amy, name: "Amy Adams", employment: .localAuthority(fte: 1), profession: .socialWorker, grade: "AMHP",
                       approval: nil, canCoordinateDays: false, canCoordinateNights: false, nightWorking: .yes, payrollNumber: "LA004512")
        let lines = TOILPayrollCSV.text(for: F.october, ledger: ledger, amhps: [amy]).split(separator: "\r\n")
        #expect(lines[0] == "month,period_start,period_end,amhp_id,payroll_number,name,employer,opening_hours,accrued_hours,"
                + "bank_holiday_hours,taken_hours,adjusted_hours,forfeited_hours,paid_out_hours,closing_hours")
        #expect(lines[1] == #""=""2026-10""",2026-10-01,2026-10-31,A01,LA004512,Amy Adams,LA,0.00,5.00,0.00,0.00,0.00,0.00,0.00,5.00"#)
    }

    @Test func anOpeningBalanceIsOpeningNotAdjusted() throws {
        // 12 hours held before the ledger began, earned on 20 September, entered on 5 October.
        let opening = F.entry("o1", .opening, F.date(20, 9), 12, reason: "Opening balance from toil.csv", recordedOn: F.date(5))
        let ledger = try F.ledger(opening, F.accrued("e1", F.date(6), 2))
        let september = ledger.statement(of: F.amy, for: Month("2026-09")!)
        #expect(september.opening == 12)
        #expect(september.adjusted == 0)
        #expect(september.closing == 12)
        let october = ledger.statement(of: F.amy, for: F.october)
        #expect(october.opening == 12)
        #expect(october.adjusted == 0)
        #expect(october.closing == 14)
        #expect(october.balances)
        let line = TOILPayrollCSV.text(for: F.october, ledger: ledger).split(separator: "\r\n")[1]
        #expect(line.hasSuffix(",A01,,,,12.00,2.00,0.00,0.00,0.00,0.00,0.00,14.00"))
        #expect(TOILEntryKind(code: "opening") == .opening)
        #expect(TOILEntryKind.opening.code == "opening")
    }

    @Test func theWindowCountsFromWhenTheOpeningHoursWereEarned() throws {
        let policy = TOILPolicy(capHours: 100, windowDays: 90, bankHolidayCreditHours: 7.4, expiry: .alertOnly)
        // Earned on 1 August, imported on 5 October: due by 30 October, not by 3 January.
        let opening = F.entry("o1", .opening, F.date(1, 8), 10, reason: "Opening balance from toil.csv", recordedOn: F.date(5))
        let ledger = try F.ledger(opening)
        let alerts = ledger.alerts(asOf: F.date(1, 11), policy: policy)
        let beyond = alerts.compactMap { alert -> LocalDate? in
            if case .heldBeyondWindow(_, let oldest, _, _) = alert.kind { return oldest }
            return nil
        }
        #expect(beyond == [F.date(1, 8)])
        // Dated the import day, the same hours would raise nothing yet.
        let imported = try F.ledger(F.entry("o1", .opening, F.date(5), 10, reason: "Opening balance from toil.csv"))
        #expect(imported.alerts(asOf: F.date(1, 11), policy: policy).isEmpty)
    }

    @Test func anOpeningEntryNeedsAReason() {
        let entry = F.entry("o1", .opening, F.date(1), 10, reason: "")
        #expect(F.refusal(entry, to: TOILLedger()) == .missingField(entryID: "o1", field: "reason"))
    }

    static func amhpsTable(_ payrollNumbers: [String]) -> String {
        var text = "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights,payroll_number\n"
        for (index, number) in payrollNumbers.enumerated() {
            text += "A0\(index + 1),Person \(index + 1),LA,social_worker,AMHP,2024-01-01,2028-12-31,1.0,,no,no,yes,\(number)\n"
        }
        return text
    }

    static func readAMHPs(_ text: String) -> (amhps: [AMHP], errors: [InputError]) {
        var errors: [InputError] = []
        guard let table = CSVTable.parse(text, fileName: "amhps.csv", required: AMHPsFile.required, optional: AMHPsFile.optional,
                                         errors: &errors) else { return ([], errors) }
        let amhps = AMHPsFile.read(table, errors: &errors)
        return (amhps, errors)
    }

    @Test func payrollNumbersAreReadAndOptional() {
        let read = Self.readAMHPs(Self.amhpsTable(["LA004512", "", "NHS/77-1203"]))
        #expect(read.errors.isEmpty, "\(read.errors)")
        #expect(read.amhps.map(\.payrollNumber) == ["LA004512", nil, "NHS/77-1203"])
    }

    @Test(arguments: [
        ("=SUM(A1)", "not a payroll number"),
        ("LA 0045", "not a payroll number"),
        ("-123", "not a payroll number"),
        ("ABCDEFGHIJKLMNOPQRSTU", "21 characters long"),
    ])
    func aBadPayrollNumberNamesTheFileLineAndFix(value: String, problem: String) throws {
        let read = Self.readAMHPs(Self.amhpsTable(["LA1", value]))
        let error = try #require(read.errors.first)
        #expect(read.errors.count == 1)
        #expect(error.file == "amhps.csv")
        #expect(error.line == 3)
        #expect(error.field == "payroll_number")
        #expect(error.problem.contains(problem), "\(error.problem)")
        #expect(error.fix.contains("as payroll holds it"))
    }

    @Test func aPayrollNumberIsUsedOnce() throws {
        let read = Self.readAMHPs(Self.amhpsTable(["LA1", "LA1"]))
        let error = try #require(read.errors.first)
        #expect(error.line == 3)
        #expect(error.problem.contains("already used on line 2"))
    }

    @Test func payrollNumbersAndEarnedDatesRoundTripThroughTheHubFolder() throws {
        let demo = try HubLoader.load(folder: DemoHubTests.packageRoot.appendingPathComponent("Data/demo-hub"))
        let amhps = demo.amhps.enumerated().map { index, amhp in
            AMHP(id: amhp.id, name: amhp.name, employment: amhp.employment, profession: amhp.profession, grade: amhp.grade,
                 approval: amhp.approval, suspensions: amhp.suspensions, canCoordinateDays: amhp.canCoordinateDays,
                 canCoordinateNights: amhp.canCoordinateNights, nightWorking: amhp.nightWorking,
                 isPracticeEducator: amhp.isPracticeEducator, educatorID: amhp.educatorID,
                 optedOutOf48HourWeek: amhp.optedOutOf48HourWeek, payrollNumber: index == 0 ? "LA004512" : nil)
        }
        let toil = demo.toil.enumerated().map { index, plan in
            TOILPlan(amhpID: plan.amhpID, balanceHours: plan.balanceHours, planBackHours: plan.planBackHours,
                     earned: index == 0 ? LocalDate("2026-11-12") : nil)
        }
        let hub = Hub(amhps: amhps, shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, absences: demo.absences,
                      requests: demo.requests, toil: toil, history: demo.history, carryIn: demo.carryIn,
                      carryInCompleteFrom: demo.carryInCompleteFrom, rules: demo.rules)
        let files = Dictionary(uniqueKeysWithValues: HubWriter.files(hub))
        #expect(files["amhps.csv"]?.split(separator: "\r\n").first?.hasSuffix(",opted_out_48h,payroll_number") == true)
        #expect(files["toil.csv"]?.hasPrefix("amhp_id,balance_hours,plan_back_hours,earned\r\n") == true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("payroll-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HubWriter.write(hub, to: folder)
        let reread = try HubLoader.load(folder: folder)
        #expect(reread.amhps.first?.payrollNumber == "LA004512")
        #expect(reread.toil.first?.earned == LocalDate("2026-11-12"))
        #expect(reread == hub)
    }
}
