import ArgumentParser
import Curtois
import Foundation
import LinearProgramming

/// `amhp bench curtois`: solves one instance of the public Curtois benchmark and scores it by the benchmark's rules.
struct BenchCurtoisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curtois",
        abstract: "Solve a Curtois nurse-rostering benchmark instance; print the objective by the benchmark's own evaluator, the bound and the time.")

    @Argument(help: "The instance file, e.g. ../shared/benchmarks/curtois/Instance1.txt.")
    var file: String

    @Option(name: .customLong("time-limit"), help: "Seconds the solver may take.")
    var timeLimit: Double = 60

    @Option(help: "Seed for the heuristics' random choices.")
    var seed: UInt64 = 1

    @Flag(help: "Print one table row instead of the full summary (used by Scripts/bench).")
    var row = false

    @Flag(help: "Print the search's progress.")
    var verbose = false

    @Option(name: .customLong("write-roster"), help: "Write the roster (staff × days) to this file.")
    var writeRoster: String?

    @Option(name: .customLong("write-lp"), help: "Write the instance's model in CPLEX LP format to this file (to compare other solvers) before solving.")
    var writeLP: String?

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive.") }
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("There is no file at \(file).") }
    }

    func run() throws {
        let printLine: @Sendable (String) -> Void = { (line: String) in print(line) }
        let log = verbose ? printLine : nil
        if let writeLP {
            let instance = try CurtoisParser.parse(contentsOf: URL(fileURLWithPath: file))
            try GLPKSolver().write(CurtoisModelBuilder.build(instance).linear, to: writeLP, format: .lp)
        }
        let report = try CurtoisBenchmark.run(file: URL(fileURLWithPath: file), timeLimit: timeLimit, seed: seed, log: log)
        if let writeRoster { try Data(report.rosterText.utf8).write(to: URL(fileURLWithPath: writeRoster), options: .atomic) }
        if row {
            let best = report.bestKnown.map(String.init) ?? "-"
            let gap = report.gapToBestKnownPercent.map { String(format: "%.2f%%", $0) } ?? "-"
            // A nurse roster has no AMHP target or enhancement: those columns are the hub rows'.
            print(BenchTable.row(["curtois \(report.instance)", best, String(report.objective), gap, "-", "-",
                                  report.bound.map(String.init) ?? "-", String(format: "%.1f", report.seconds),
                                  "\(PeakMemory.megabytes())", "\(report.hardViolations.count)"]))
        } else {
            print(report.summary)
            print("peak memory: \(PeakMemory.megabytes()) MB")
        }
        if !report.hardViolations.isEmpty || report.objective != report.solverObjective { throw ExitCode(.solverBug) }
    }
}

/// The fixed-width table `Scripts/bench` prints. Beside the objective, a hub's rota shows the AMHPs
/// above target ("over") and its enhancement for unsocial hours in pounds ("enh £"), since a rota
/// can price well and still stack people on full shifts.
enum BenchTable {
    static let header = row(["run", "best known", "ours", "vs best", "over", "enh £", "bound", "seconds", "peak MB", "hard"])

    static func row(_ cells: [String]) -> String {
        let widths = [22, 11, 10, 9, 5, 8, 10, 8, 8, 5]
        let padded = zip(cells, widths).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }
        return padded.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
