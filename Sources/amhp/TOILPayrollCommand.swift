import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil payroll`: the month's TOIL figures per AMHP as CSV for payroll.
struct TOILPayrollCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payroll",
        abstract: "Write the month's TOIL figures per AMHP as CSV for payroll.",
        discussion: """
            Columns: month (as ="YYYY-MM", text to Excel), period_start, period_end, amhp_id, payroll_number, name, employer, opening_hours, accrued_hours, bank_holiday_hours, taken_hours, \
            adjusted_hours, forfeited_hours, paid_out_hours, closing_hours. Figures include every correction made \
            so far, so an export run again after a correction replaces the earlier one.
            """)

    @Option(help: "The month, YYYY-MM.")
    var month: Month

    @Option(help: "The CSV file to write.")
    var out: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let hub = try await HubRepository(database: store.database).require()
            let totals = try await TOILLedgerRepository(database: store.database).totals()
            let text = TOILPayrollCSV.text(for: month, totals: totals, amhps: hub.amhps)
            try CSVDocument.fileData(text).write(to: URL(fileURLWithPath: out), options: .atomic)
            let people = text.split(separator: "\r\n").count - 1
            print("Wrote the TOIL payroll for \(month) (\(people) AMHPs) to \(out).")
        }
    }
}
