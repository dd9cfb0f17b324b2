import ArgumentParser

/// `amhp bench` (and the solver-only `amhp-bench`): measures the solver on generated hubs and on public benchmark instances.
public struct BenchCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the solver: generated hubs of any size, and the Curtois benchmark.",
        subcommands: [BenchHubCommand.self, BenchCurtoisCommand.self, BenchReplanCommand.self])
}
