import ArgumentParser
import Foundation
import RotaReports
import Storage
import Workforce

/// `amhp league`: the bank-holiday and festive league table from the database.
struct LeagueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "league",
        abstract: "Who worked Christmas Day, Boxing Day, New Year's Day and the other bank holidays, per FTE, least loaded first.",
        discussion: """
            Counts each month's latest published rota in the database, and adds history.csv's totals from before \
            AMHP Planner (bank-holiday shifts, and the last festive season as one festive day). The first row \
            should work the next one. The same table is at /league and GET /api/league.
            Exit status: 0 when printed, 2 when an option is malformed, 1 when the database has no hub.
            """)

    @Option(help: "Only the last N calendar years (1 to 50); every year by default.")
    var years: Int?

    @Flag(help: "Print CSV instead of a table.")
    var csv = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        if let years, !(1...50).contains(years) { throw ValidationError("--years \(years) is out of range; give 1 to 50.") }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            guard let hub = try await HubRepository(database: store.database).load() else { throw StorageError.noHub }
            let repository = RotaRepository(database: store.database)
            let months = Set(try await repository.rotas().filter { $0.status != .draft }.map(\.month))
            var rotas: [Rota] = []
            for month in months.sorted() {
                if let published = try await repository.published(month: month) { rotas.append(published.rota) }
            }
            let fromYear = years.map { LocalDate.today(in: TimeZone(identifier: "Europe/London") ?? .current).year - $0 + 1 }
            let league = BankHolidayLeague(hub: hub, rotas: rotas, fromYear: fromYear)
            print(csv ? league.csv : league.text, terminator: "")
        }
    }
}
