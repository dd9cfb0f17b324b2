import ArgumentParser
import BenchCommands

/// `amhp bench` as its own program: Scripts/bench builds only this, without the service's libraries.
struct AMHPBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amhp-bench",
        abstract: BenchCommand.configuration.abstract,
        subcommands: BenchCommand.configuration.subcommands)
}

AMHPBench.main()
