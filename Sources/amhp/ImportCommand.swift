import ArgumentParser
import Foundation
import RotaCommands
import Storage
import Workforce

/// `amhp import`: loads a hub folder into the database, replacing the hub stored there.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a hub folder into the database, replacing the hub stored there.",
        discussion: """
            Every file is checked first; if any has a problem, each is listed (file, line, field and fix) and \
            the database is not touched. The new hub replaces the old one in a single transaction, so a failed \
            import leaves the database as it was. The TOIL ledger, users and rotas are kept.
            An AMHP with a balance in toil.csv and no entries in the ledger yet gets an opening entry \
            (kind opening, "Opening balance from toil.csv"), dated toil.csv's earned day where given and the \
            import day otherwise, in the same transaction; after that the ledger, not toil.csv, holds their balance.
            Exit status: 0 when imported, 1 for a database error, 2 for problems in the hub's files.
            """)

    @OptionGroup var hubOptions: HubOptions
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let hub = try hubOptions.load()
        let actor = CommandLineUser.name, today = LocalDate.today()
        try await databaseOptions.withDatabase { store in
            let (summary, opened) = try await WriteTransaction.run(on: store.database) { transaction in
                let summary = try await HubRepository(database: transaction).replace(with: hub, by: actor)
                let appended = try await TOILLedgerRepository(database: transaction).append(hubAMHPIDs: hub.amhpIDs) { ledger, position in
                    OpeningBalances.entries(for: hub, ledger: ledger, position: position, by: actor, on: today)
                }
                return (summary, appended.records.count)
            }
            print("Imported \"\(summary.name)\" from \(hubOptions.hub) into \(store.location): \(summary.amhpCount) AMHPs, "
                  + "\(summary.shiftTypeCount) shift types, \(summary.absenceCount) absences, \(summary.requestCount) requests.")
            if opened > 0 { print("Opened \(opened) TOIL balance(s) in the ledger from toil.csv.") }
        }
    }
}

/// The ledger's first entry for each AMHP whose toil.csv balance the ledger does not hold yet.
enum OpeningBalances {
    static let reason = "Opening balance from toil.csv"

    static func entries(for hub: Hub, ledger: TOILLedger, position: Int, by actor: String, on day: LocalDate) -> [TOILEntry] {
        var entries: [TOILEntry] = []
        for plan in hub.toil where ledger.entries(of: plan.amhpID).isEmpty {
            guard let hours = TOILHours(exactly: (plan.balanceHours * 100).rounded() / 100), hours.isPositive else { continue }
            // Dated the day the hours were earned where toil.csv says (never after today), so the
            // policy's window counts from then; otherwise the import day.
            let earned = plan.earned.map { min($0, day) } ?? day
            entries.append(TOILEntry(id: "E\(position + entries.count + 1)", amhpID: plan.amhpID, kind: .opening,
                                     date: earned, hours: hours, reason: reason, recordedBy: actor, approvedBy: nil, recordedOn: day))
        }
        return entries
    }
}
