import ArgumentParser
import Foundation
import Planning
import Workforce

/// `amhp succession`: the register and CPD flags, the five-year projection and the training plan.
struct SuccessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "succession",
        abstract: "Check the register (warrants, re-approval, CPD), project five years by simulation, and plan the training intake.")

    @OptionGroup var planningOptions: PlanningOptions

    @Option(name: .customLong("as-of"), help: "The date to take the register on, as YYYY-MM-DD (default: today).")
    var asOf: LocalDate?

    @Option(help: "Simulated futures for the projection.")
    var simulations: Int = 1000

    @Option(help: "Seed for the simulation; the same seed gives the same projection.")
    var seed: UInt64 = 1

    @Option(help: "The folder to write the tables (CSV) and the fan chart (SVG) to (nothing is written without it).")
    var out: String?

    func validate() throws {
        guard (10...100_000).contains(simulations) else { throw ValidationError("--simulations must be from 10 to 100000.") }
    }

    func run() throws {
        let data = try planningOptions.load()
        let date = asOf ?? LocalDate.today()
        let register = Register(data: data, asOf: date)
        let plan = try planningOptions.report {
            let target = try SuccessionTarget.make(data, asOf: date)
            return try TrainingPlanner(data: data, asOf: date, simulations: simulations, seed: seed, target: target).plan()
        }
        print(SuccessionReportText.make(register: register, plan: plan, settings: data.settings, hubName: data.hub.rules.hubName), terminator: "")
        if let out {
            let files = try SuccessionTables.files(register: register, plan: plan, settings: data.settings, hubName: data.hub.rules.hubName)
            try PlanningOutputFolder.write(files, to: URL(fileURLWithPath: out))
            print("Wrote \(files.map(\.name).joined(separator: ", ")) to \(out)")
        }
    }
}
