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

    func validate() throws {
        guard demandChange > -100 else { throw ValidationError("--demand-change must be above -100 (percent).") }
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
        print(SufficiencyReportText.make(analysis, hubName: data.hub.rules.hubName, sensitivity: sensitivity, year: year), terminator: "")
        if let out {
            let files = try SufficiencyOutputs.files(analysis, hub: data.hub, sensitivity: sensitivity, year: year)
            try PlanningOutputFolder.write(files, to: URL(fileURLWithPath: out))
            print("Wrote \(files.map(\.name).joined(separator: ", ")) to \(out)")
        }
    }
}
