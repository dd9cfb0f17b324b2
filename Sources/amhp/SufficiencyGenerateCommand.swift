import ArgumentParser
import Foundation
import Planning
import Workforce

/// `amhp sufficiency generate-referrals`: writes a realistic synthetic referral log (the demo hub's came from here).
struct SufficiencyGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-referrals",
        abstract: "Write a synthetic referrals.csv with weekly and daily patterns, a winter rise and a trend.")

    @Option(help: "The first day of the log, as YYYY-MM-DD.")
    var from: LocalDate

    @Option(help: "Days the log covers (730 for two years).")
    var days: Int = 730

    @Option(help: "Referrals in the first year, on average.")
    var annual: Double

    @Option(name: .customLong("growth-percent"), help: "Yearly growth in referrals, in percent.")
    var growthPercent: Double = 4

    @Option(help: "Seed for the random arrivals; the same seed gives the same log.")
    var seed: UInt64 = 1

    @Option(help: "The file to write, e.g. Data/demo-hub/referrals.csv.")
    var write: String

    func validate() throws {
        guard days > 0 && days <= 3660 else { throw ValidationError("--days must be from 1 to 3660.") }
        guard annual > 0 else { throw ValidationError("--annual must be a positive number of referrals.") }
    }

    func run() throws {
        var generator = ReferralGenerator(first: from, days: days, annualReferrals: annual, seed: seed)
        generator.growthPerYear = growthPercent / 100
        let referrals = generator.generate()
        try CSVDocument.fileData(ReferralGenerator.csv(referrals)).write(to: URL(fileURLWithPath: write), options: .atomic)
        print("Wrote \(referrals.count) referrals to \(write)")
    }
}
