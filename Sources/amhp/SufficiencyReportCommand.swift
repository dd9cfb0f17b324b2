import ArgumentParser
import Foundation
import Planning
import Workforce

/// `amhp sufficiency [report]`: demand to cover to FTE, printed and written as CSV and SVG.
struct SufficiencyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the sufficiency summary and write its tables (CSV) and charts (SVG).")

    @OptionGroup var planningOptions: PlanningOptions

    @Option(help: "The month to plan cover for, as YYYY-MM (default: the next occurrence of the referral log's busiest month).")
    var month: Month?

    @Option(name: .customLong("demand-change"), help: "Change demand by this many percent, e.g. 10 or -5.")
    var demandChange: Double = 0

    @Option(name: .customLong("assume"), help: ArgumentHelp(
        "Move an assumption for this run, KEY=VALUE; repeat for more.",
        discussion: "Keys: " + SufficiencyAssumption.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: "; ") + ".",
        valueName: "key=value"))
    var assume: [String] = []

    @Option(help: "The folder to write the tables and charts to (nothing is written without it).")
    var out: String?

    @Option(help: ArgumentHelp("Runs of the simulation check of the cover (\(SimulationCheck.replicationRange.lowerBound) to \(SimulationCheck.replicationRange.upperBound); 0 for none).",
                               valueName: "runs"))
    var replications: Int = SimulationCheck.defaultReplications

    @Option(help: "The simulation's seed: the same seed gives the same figures.")
    var seed: UInt64 = 1

    @Option(name: .customLong("service-times"), help: "The simulation's assessment times: exponential (as Erlang C assumes, the default) or phased (travel, assessment and write-up, each less variable).")
    var serviceTimes: ServiceTimes.Shape = .exponential

    func validate() throws {
        guard demandChange > -100 else { throw ValidationError("--demand-change must be above -100 (percent).") }
        guard replications == 0 || SimulationCheck.replicationRange.contains(replications) else {
            throw ValidationError("--replications must be 0 (no simulation) or from \(SimulationCheck.replicationRange.lowerBound) to \(SimulationCheck.replicationRange.upperBound).")
        }
        _ = try assumptions()
    }

    /// The `--assume` values, each checked against its bounds.
    func assumptions() throws -> [SufficiencyAssumption: Double] {
        var values: [SufficiencyAssumption: Double] = [:]
        for text in assume {
            switch SufficiencyAssumption.parse(text) {
            case .success(let (assumption, value)): values[assumption] = value
            case .failure(let problem): throw ValidationError("--assume \(problem)")
            }
        }
        return values
    }

    func run() throws {
        let loaded = try planningOptions.load()
        let data = loaded.with(settings: SufficiencyAssumption.applying(try assumptions(), to: loaded.settings))
        let analysis = try planningOptions.report {
            try SufficiencyAnalysis(data: data, month: month ?? SufficiencyAnalysis.defaultMonth(data), demandFactor: 1 + demandChange / 100)
        }
        let sensitivity = try planningOptions.report { try SufficiencySensitivity(data: data, central: analysis) }
        let year = try planningOptions.report { try SufficiencyYear(data: data, from: analysis) }
        let simulation = replications > 0 ? SufficiencySimulation(analysis, replications: replications, seed: seed, service: serviceTimes) : nil
        print(SufficiencyReportText.make(analysis, hubName: data.hub.rules.hubName, sensitivity: sensitivity, year: year, simulation: simulation),
              terminator: "")
        if let out {
            let files = try SufficiencyOutputs.files(analysis, hub: data.hub, sensitivity: sensitivity, year: year, simulation: simulation)
            try PlanningOutputFolder.write(files, to: URL(fileURLWithPath: out))
            print("Wrote \(files.map(\.name).joined(separator: ", ")) to \(out)")
        }
    }
}

extension ServiceTimes.Shape: ExpressibleByArgument {}
