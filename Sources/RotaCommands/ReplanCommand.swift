import ArgumentParser
import Foundation
import Workforce

/// `amhp replan`: re-plans a month's rota from a date, changing as few cells as it can. The days
/// before `--from` stay as the rota given has them (they have happened); from then on each changed
/// cell costs `changed_cell`, pins are kept, and changes.csv and the report say who gains and who
/// loses which shifts, and why.
public struct ReplanCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Re-plan a rota from a date (after sickness, leave or a pin), changing as few cells as possible.")

    @OptionGroup var hubOptions: HubOptions

    @Option(help: "The rota to re-plan (rota.csv as `amhp rota` writes it, e.g. the published one).")
    var rota: String

    @Option(help: "The first date that may change, as YYYY-MM-DD, in the rota's month; earlier days stay as they are.")
    var from: LocalDate

    @OptionGroup var solve: RotaRunOptions

    public func run() throws {
        ParentWatch.startIfRequested()
        let started = ContinuousClock().now
        let hub = try hubOptions.load()
        let month = Month(containing: from)
        let given = try RotaInputFiles.rota(at: rota, hub: hub, month: month)
        let pins = try solve.pins.map { try RotaInputFiles.pins(at: $0, hub: hub, month: month, from: from) } ?? []
        try RotaRun(options: solve).execute(hub: hub, month: month, pins: pins, baseline: RotaBaseline(rota: given, from: from), started: started)
    }
}
