/// The monthly TOIL export for payroll: one row per AMHP, hours to two decimal places, CRLF line ends.
///
/// Columns, in order:
/// - `month`: the month as `="YYYY-MM"`, which Excel shows as the text 2026-12 rather than turning it
///   into a date (`SpreadsheetCell.monthText`).
/// - `period_start`, `period_end`: the month's first and last days, ISO `YYYY-MM-DD`: the pay period
///   for a payroll system to read.
/// - `amhp_id`, `payroll_number`, `name`, `employer`: who (`LA` or the NHS trust; the payroll number
///   from amhps.csv's optional `payroll_number`; all but the id blank if unknown).
/// - `opening_hours`: TOIL held at the end of the day before the month, with any opening balance
///   (entered by `amhp import` from toil.csv, dated when the hours were earned) dated in the month:
///   an opening balance is never counted as an adjustment.
/// - `accrued_hours`: overtime accrued in the month.
/// - `bank_holiday_hours`: days in lieu credited for bank holidays worked in the month.
/// - `taken_hours`: TOIL taken in the month.
/// - `adjusted_hours`: net adjustments in the month (negative when more was removed than added).
/// - `forfeited_hours`: hours lost under the policy in the month.
/// - `paid_out_hours`: hours to pay as overtime for the month: the column payroll acts on.
/// - `closing_hours`: TOIL held at the end of the month; always
///   opening + accrued + bank holiday + adjusted − taken − forfeited − paid out.
///
/// Figures are restated: a correction appended after a month was exported changes that month's
/// figures when it is exported again, and the new export is the one to trust.
///
/// The file starts with a UTF-8 byte order mark when written (`CSVDocument.fileData`).
///
///     month,period_start,period_end,amhp_id,payroll_number,name,employer,opening_hours,accrued_hours,bank_holiday_hours,taken_hours,adjusted_hours,forfeited_hours,paid_out_hours,closing_hours
///     "=""2026-10""",2026-10-01,2026-10-31,A01,LA004512,Amy Adams,LA,0.00,8.00,0.00,6.00,0.00,0.00,0.00,2.00
public enum TOILPayrollCSV {
    public static let header = ["month", "period_start", "period_end", "amhp_id", "payroll_number", "name", "employer", "opening_hours", "accrued_hours",
                                "bank_holiday_hours", "taken_hours", "adjusted_hours", "forfeited_hours",
                                "paid_out_hours", "closing_hours"]

    /// The export for `month`: the given AMHPs in their order, then anyone else in the ledger, by id.
    ///
    /// Voids move no hours and are ignored: no figure counts them, and someone whose only entries are
    /// voids is not listed for them.
    public static func text(for month: Month, ledger: TOILLedger, amhps: [AMHP] = []) -> String {
        let listed = Set(amhps.map(\.id))
        let others = ledger.reportAMHPIDs.filter { amhpID in
            !listed.contains(amhpID) && (ledger.amhpIDs?.contains(amhpID) == true
                                         || ledger.entries(of: amhpID).contains { $0.kind.voidedEntryID == nil })
        }
        return text(for: month, amhps: amhps, others: others) { ledger.statement(of: $0, for: month) }
    }

    /// The same export from the running totals (`TOILTotals`), without replaying the ledger.
    public static func text(for month: Month, totals: TOILTotals, amhps: [AMHP] = []) -> String {
        let listed = Set(amhps.map(\.id))
        return text(for: month, amhps: amhps, others: totals.amhpIDs.filter { !listed.contains($0) }) {
            totals.statement(of: $0, for: month)
        }
    }

    private static func text(for month: Month, amhps: [AMHP], others: [String], statementOf: (String) -> TOILMonthStatement) -> String {
        let people = amhps.map { ($0.id, $0.payrollNumber ?? "", $0.name, $0.employment.employerName) } + others.map { ($0, "", "", "") }
        let rows = people.map { id, payrollNumber, name, employer -> [String] in
            let statement = statementOf(id)
            let figures = [statement.opening, statement.accrued, statement.bankHoliday, statement.taken, statement.adjusted,
                           statement.forfeited, statement.paidOut, statement.closing]
            return [SpreadsheetCell.monthText(month), month.firstDay.description, month.lastDay.description, id, payrollNumber, name, employer] + figures.map(\.fixedText)
        }
        return CSVDocument.make(header: header, rows: rows)
    }
}
