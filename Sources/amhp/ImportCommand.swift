import ArgumentParser
import Foundation
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
            Exit status: 0 when imported, 1 for a database error, 2 for problems in the hub's files.
            """)

    @OptionGroup var hubOptions: HubOptions
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let hub = try hubOptions.load()
        try await databaseOptions.withDatabase { store in
            let summary = try await HubRepository(database: store.database).replace(with: hub, by: CommandLineUser.name)
            print("Imported \"\(summary.name)\" from \(hubOptions.hub) into \(store.location): \(summary.amhpCount) AMHPs, "
                  + "\(summary.shiftTypeCount) shift types, \(summary.absenceCount) absences, \(summary.requestCount) requests.")
        }
    }
}
