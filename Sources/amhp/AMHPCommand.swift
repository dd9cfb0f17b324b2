import ArgumentParser
import BenchCommands
import Foundation
import RotaCommands

/// `amhp`: plans and checks AMHP rotas from a hub folder, and keeps the hub and the TOIL ledger in a database.
@main
struct AMHPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amhp",
        abstract: "Plan and check the 24-hour rota of an Approved Mental Health Professional (AMHP) hub.",
        version: "0.1.0",
        subcommands: [RotaCommand.self, ReplanCommand.self, CheckCommand.self, CoverCommand.self, RulesCommand.self, SufficiencyCommand.self,
                      ScenarioCommand.self, SuccessionCommand.self, BenchCommand.self, ImportCommand.self, ExportCommand.self, RotasCommand.self,
                      TOILCommand.self, UsersCommand.self, LeagueCommand.self, SwapsCommand.self, LeaveRequestsCommand.self, StandardsCommand.self, ReportCommand.self, ServeCommand.self]
    )

    /// Runs the command; an option the parser refuses (a date outside 1900-2199, a missing value)
    /// ends with status 2, as every other input error does, rather than the parser's own 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            InputExit.exit(AMHPCommand.self, for: error)
        }
    }
}
