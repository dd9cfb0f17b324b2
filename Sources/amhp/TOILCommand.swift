import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil`: the TOIL ledger kept in the database.
struct TOILCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toil",
        abstract: "Keep the TOIL ledger: add entries, see balances and history, export for payroll.",
        discussion: "The ledger is append-only: a mistake is put right with a correction (--kind correction --corrects ID); an entry that stops the ledger loading is set aside with `toil repair --void ID`.",
        subcommands: [TOILBalancesCommand.self, TOILAddCommand.self, TOILHistoryCommand.self, TOILPayrollCommand.self, TOILMonthsCommand.self,
                      TOILRepairCommand.self, TOILVerifyCommand.self, TOILRebuildTotalsCommand.self])
}

/// The stored hub and its ledger, as every `amhp toil` command needs them.
struct TOILContext {
    let hub: Hub
    let ledger: TOILLedger

    /// Reads the hub (which must have been imported) and rebuilds the ledger for its AMHPs.
    static func load(from store: PlannerDatabase) async throws -> TOILContext {
        let hub = try await HubRepository(database: store.database).require()
        let ledger = try await TOILLedgerRepository(database: store.database).ledger(hubAMHPIDs: hub.amhpIDs)
        return TOILContext(hub: hub, ledger: ledger)
    }

    /// The AMHP's name, or an empty string for someone no longer in the hub.
    func name(of amhpID: String) -> String { hub.amhp(amhpID)?.name ?? "" }
}


/// Hours as the TOIL commands print them: two decimals, right-aligned in a column.
enum TOILText {
    static func hours(_ hours: TOILHours, signed: Bool = false) -> String {
        (signed && hours.hundredths > 0 ? "+" : "") + hours.fixedText
    }

    /// Rows of cells as left-aligned columns (right-aligned where `right` says), two spaces apart.
    static func table(_ rows: [[String]], rightAligned right: Set<Int> = []) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return right.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
