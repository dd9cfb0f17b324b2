import ArgumentParser

/// `amhp sufficiency`: how many AMHPs the demand needs (report, the default), and a demo referral log.
struct SufficiencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sufficiency",
        abstract: "Model sufficiency: referrals to cover per shift to FTE, against the current workforce.",
        subcommands: [SufficiencyReportCommand.self, SufficiencyGenerateCommand.self],
        defaultSubcommand: SufficiencyReportCommand.self)
}
