import ArgumentParser
import BenchCommands
import RotaCommands

/// `amhp-rota`: the planner alone (`rota`, `check`, `bench`), without the service's libraries, so a
/// fresh clone reaches its first rota after a build of a few minutes rather than a quarter of an
/// hour. `amhp` has the same commands and the rest (the database, the service, planning for leads).
struct AMHPRota: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amhp-rota",
        abstract: "Plan and check an AMHP hub's rota (the planner alone; `amhp` adds the database and the service).",
        subcommands: [RotaCommand.self, ReplanCommand.self, CheckCommand.self, RulesCommand.self, BenchCommand.self])
}

do {
    var command = try AMHPRota.parseAsRoot()
    try command.run()
} catch {
    InputExit.exit(AMHPRota.self, for: error)
}
