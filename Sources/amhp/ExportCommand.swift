import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp export`: writes the stored hub to a folder in the format `amhp import` and `amhp rota` read.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the hub stored in the database to a hub folder.",
        discussion: """
            Writes every file of a hub folder (docs/data-format.md), replacing files of the same names; \
            importing the folder again gives the same hub.
            Exit status: 0 when written, 1 when there is no hub in the database or it cannot be read.
            """)

    @Option(help: "The folder to write (created if missing).")
    var hub: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let stored = try await HubRepository(database: store.database).require()
            try HubWriter.write(stored, to: URL(fileURLWithPath: hub))
            print("Exported \"\(stored.rules.hubName)\" from \(store.location) to \(hub): \(stored.amhps.count) AMHPs.")
        }
    }
}
