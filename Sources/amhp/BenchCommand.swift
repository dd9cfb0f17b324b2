import ArgumentParser

/// `amhp bench`: measures the solver on generated hubs and on public benchmark instances.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the solver: generated hubs of any size, and the Curtois benchmark.",
        subcommands: [BenchHubCommand.self, BenchCurtoisCommand.self])
}
