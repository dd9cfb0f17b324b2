import ArgumentParser
import Foundation
import Planning
import Rostering
import RotaReports
import Workforce

/// `amhp scenario`: runs what-if files through the real rota model and compares them with the baseline.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Plan a month for the hub as it is and for each what-if scenario file, and compare them side by side.")

    @OptionGroup var planningOptions: PlanningOptions

    @Option(help: "The month to plan, as YYYY-MM.")
    var month: Month

    @Argument(help: "Scenario files (YAML, see docs/planning.md), e.g. Data/demo-hub/scenarios/*.yaml.")
    var scenarios: [String]

    @Option(name: .customLong("time-limit"), help: "Seconds the rota model may take for each hub (the baseline and every scenario).")
    var timeLimit: Double = 20

    @Option(help: "Seed for the rota heuristics; every hub is planned with the same seed.")
    var seed: UInt64 = 1

    @Option(help: "Neighbourhood-search iterations; with a fixed number a run repeats exactly for its seed.")
    var iterations: Int?

    @Option(help: "Solves of each hub, with seeds --seed, +1, …; the best rota is kept and the objectives' spread shown (1 to 10).")
    var seeds: Int = 1

    @Option(help: "The folder to write scenarios.csv and each hub's coverage and rota to (nothing is written without it).")
    var out: String?

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
        guard !scenarios.isEmpty else { throw ValidationError("Give at least one scenario file.") }
        guard ScenarioRunner.seedRange.contains(seeds) else {
            throw ValidationError("--seeds must be from \(ScenarioRunner.seedRange.lowerBound) to \(ScenarioRunner.seedRange.upperBound).")
        }
    }

    func run() throws {
        let data = try planningOptions.load()
        let files: [Scenario]
        do {
            files = try ScenarioFile.load(scenarios.map { URL(fileURLWithPath: $0) })
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description.replacingOccurrences(of: "hub's files", with: "scenario files"))\n".utf8))
            throw ExitCode(.inputError)
        }
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.seed = seed
        options.iterations = iterations
        let runner = ScenarioRunner(data: data, month: month, options: options, seeds: seeds)
        let outcomes = try planningOptions.report { try runner.runAll(files) }
        print(ScenarioReportText.make(outcomes, month: month, hubName: data.hub.rules.hubName), terminator: "")
        guard let out else { return }
        var written = [(name: "scenarios.csv", content: ScenarioReportText.csv(outcomes)),
                       (name: ScenarioSummary.fileName,
                        content: try PlanningJSON.encode(ScenarioSummary(outcomes, month: month, hubName: data.hub.rules.hubName)))]
        for (index, outcome) in outcomes.enumerated() {
            let prefix = index == 0 ? "baseline" : "scenario_\(index)"
            written.append(("\(prefix)_coverage.csv", RotaFiles.coverageCSV(outcome.report)))
            written.append(("\(prefix)_rota.csv", RotaFiles.rotaCSV(outcome.solution.rota, hub: outcome.hub)))
        }
        try PlanningOutputFolder.write(written, to: URL(fileURLWithPath: out))
        print("Wrote \(written.map(\.name).joined(separator: ", ")) to \(out)")
    }
}
