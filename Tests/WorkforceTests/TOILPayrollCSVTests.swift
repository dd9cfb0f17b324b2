import Testing
@testable import Workforce

@Suite struct TOILPayrollCSVTests {
    typealias F = TOILFixture

    static func person(_ id: String, _ name: String, _ employment: Employment) -> AMHP {
        AMHP(id: id, name: name, employment: employment, profession: .socialWorker, grade: "AMHP", approval: nil,
             canCoordinateDays: false, canCoordinateNights: false, nightWorking: .yes)
    }

    @Test func exactText() throws {
        let wrong = F.accrued("e3", F.date(14), 6, amhp: F.beth)
        var ledger = try F.ledger(
            F.accrued("e0", F.date(15, 9), 4), F.accrued("e1", F.date(1), 5), F.accrued("e2", F.date(10), 3),
            F.entry("b1", .bankHolidayWorked, F.date(12), 7.4, amhp: F.beth), wrong,
            F.entry("a1", .adjustment(.debit), F.date(15), 0.4, amhp: F.beth), F.taken("t1", F.date(20), 6),
            F.entry("p1", .paidOut, F.date(31), 2.5), F.entry("f1", .forfeited, F.date(31), 0.5),
            F.accrued("e4", F.date(3, 11), 1, amhp: "A09"))
        try ledger.append(F.correction("c1", of: wrong, recordedOn: F.date(3, 11)))
        let amhps = [Self.person(F.beth, "Brown, Beth", .nhs(trust: "North Trust", shiftsPerMonth: 4)),
                     Self.person(F.amy, "Amy Adams", .localAuthority(fte: 1))]
        let text = TOILPayrollCSV.text(for: F.october, ledger: ledger, amhps: amhps)
        let month = #""=""2026-10""",2026-10-01,2026-10-31"#
        #expect(text == [
            "month,period_start,period_end,amhp_id,payroll_number,name,employer,opening_hours,accrued_hours,bank_holiday_hours,taken_hours,adjusted_hours,forfeited_hours,paid_out_hours,closing_hours",
            "\(month),A02,,\"Brown, Beth\",North Trust,0.00,0.00,7.40,0.00,-0.40,0.00,0.00,7.00",
            "\(month),A01,,Amy Adams,LA,4.00,8.00,0.00,6.00,0.00,0.50,2.50,3.00",
            "\(month),A09,,,,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func withoutNamesEveryAMHPInTheLedgerIsListedById() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 5, amhp: F.beth), amhpIDs: [F.amy, F.beth])
        let lines = TOILPayrollCSV.text(for: F.october, ledger: ledger).split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[1] == #""=""2026-10""",2026-10-01,2026-10-31,A01,,,,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00"#)
        #expect(lines[2] == #""=""2026-10""",2026-10-01,2026-10-31,A02,,,,0.00,5.00,0.00,0.00,0.00,0.00,0.00,5.00"#)
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        let text = CSVDocument.make(header: ["value"], rows: [["plain"], ["a,b"], ["say \"hi\""], ["two\nlines"]])
        #expect(text == "value\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n")
    }
}
