import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil months`: the ledger's figures by AMHP and month, as sufficiency planning reads them.
struct TOILMonthsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "months",
        abstract: "Write the ledger's TOIL by AMHP and month (toil_by_month.csv) for sufficiency planning.",
        discussion: """
            Columns: \(TOILByMonthCSV.header.joined(separator: ", ")). One row per AMHP and month with any entry, \
            for the whole months before --before. Put the file in the hub folder as \(TOILByMonthCSV.fileName): \
            `amhp sufficiency` then takes the overtime given back as time off from it (docs/planning.md).
            """)

    @Option(help: "The month after the last one written, YYYY-MM (default: this month, so the months written are whole).")
    var before: Month?

    @Option(help: "How many months to write (1 to 120).")
    var months: Int = 12

    @Option(help: "The CSV file to write, e.g. Data/demo-hub/\(TOILByMonthCSV.fileName).")
    var out: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard (1...120).contains(months) else { throw ValidationError("--months must be from 1 to 120.") }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let totals = try await TOILLedgerRepository(database: store.database).totals()
            let end = before ?? Month(containing: .today())
            let covered = TOILByMonthCSV.months(before: end, count: months)
            let text = TOILByMonthCSV.text(totals: totals, months: covered)
            try CSVDocument.fileData(text).write(to: URL(fileURLWithPath: out), options: .atomic)
            let rows = text.split(separator: "\r\n").count - 1
            print("Wrote \(rows) rows of TOIL by AMHP and month (\(covered.first.map(\.description) ?? "") to \(covered.last.map(\.description) ?? "")) to \(out).")
        }
    }
}
