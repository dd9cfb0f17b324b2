import ArgumentParser
import BenchCommands

/// `amhp`: plans and checks AMHP rotas from a hub folder, and keeps the hub and the TOIL ledger in a database.
@main
struct AMHPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amhp",
        abstract: "Plan and check the 24-hour rota of an Approved Mental Health Professional (AMHP) hub.",
        version: "0.1.0",
        subcommands: [RotaCommand.self, CheckCommand.self, SufficiencyCommand.self, ScenarioCommand.self, SuccessionCommand.self,
                      BenchCommand.self, ImportCommand.self, ExportCommand.self, TOILCommand.self, UsersCommand.self, ServeCommand.self]
    )
}
