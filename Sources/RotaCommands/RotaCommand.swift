import ArgumentParser
import BenchCommands
import Foundation
import LinearProgramming
import Rostering
import RotaCheck
import RotaReports
import Workforce

/// `amhp rota`: plans a month (keeping any pins), writes rota.csv, coverage.csv, summary.csv and
/// rota.html, prints a report.
public struct RotaCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "rota",
        abstract: "Plan a month's rota with GLPK, re-check it independently, and write it out.")

    @OptionGroup var hubOptions: HubOptions

    @Option(help: "The month to plan, as YYYY-MM.")
    var month: Month

    @OptionGroup var solve: RotaRunOptions

    public func run() throws {
        ParentWatch.startIfRequested()
        let started = ContinuousClock().now
        let hub = try hubOptions.load()
        let pins = try solve.pins.map { try RotaInputFiles.pins(at: $0, hub: hub, month: month, from: nil) } ?? []
        try RotaRun(options: solve).execute(hub: hub, month: month, pins: pins, baseline: nil, started: started)
    }
}
