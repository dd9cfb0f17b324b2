import ArgumentParser
import BenchCommands
import Foundation
import LinearProgramming
import Rostering
import RotaCheck
import RotaReports
import Workforce

/// `amhp rota`: plans a month, writes rota.csv, coverage.csv, summary.csv and rota.html, prints a report.
public struct RotaCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "rota",
        abstract: "Plan a month's rota with GLPK, re-check it independently, and write it out.")

    @OptionGroup var hubOptions: HubOptions

    @Option(help: "The month to plan, as YYYY-MM.")
    var month: Month

    @Option(help: "The folder to write rota.csv, coverage.csv, summary.csv and rota.html to.")
    var out: String = "out"

    @Option(name: .customLong("time-limit"), help: "Seconds the solver may take.")
    var timeLimit: Double = 60

    @Option(help: "Stop when the relative gap between the rota and the best bound is at most this (0.005 = 0.5%).")
    var gap: Double = 0.005

    @Option(help: "Seed for the heuristics' random choices; the same seed gives the same rota.")
    var seed: UInt64 = 1

    @Option(help: "Neighbourhood-search iterations; with a fixed number (and node limits for GLPK) a run repeats exactly for its seed.")
    var iterations: Int?

    @Option(name: .customLong("write-lp"), help: "Also write the model in CPLEX LP format to this file (for glpsol or another solver).")
    var writeLP: String?

    @Option(name: .customLong("write-mps"), help: "Also write the model in free MPS format to this file.")
    var writeMPS: String?

    @Flag(help: "Print what each stage of the solve reached and when.")
    var verbose = false

    @Flag(name: .customLong("glpk-log"), help: "Print GLPK's own log of the whole-model solve.")
    var glpkLog = false

    public func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more.") }
        guard gap >= 0 && gap < 1 else { throw ValidationError("--gap must be between 0 and 1, e.g. 0.005 for 0.5%.") }
    }

    public func run() throws {
        ParentWatch.startIfRequested()
        let hub = try hubOptions.load()
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
        options.seed = seed
        options.verbose = verbose
        options.glpkLog = glpkLog
        options.iterations = iterations
        let solver = RotaSolver(options: options)
        do {
            try solver.checkSize(of: hub, month: month)
        } catch let failure as RotaSolver.Failure {
            FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
            throw ExitCode(.inputError)
        }
        let instance = RotaInstance(hub: hub, month: month)
        if let writeLP {
            try solver.writeModel(instance, to: writeLP, format: .lp)
            print("Model written to \(writeLP)")
        }
        if let writeMPS {
            try solver.writeModel(instance, to: writeMPS, format: .mps)
            print("Model written to \(writeMPS)")
        }
        let solution = try solver.solve(instance)
        let report = RotaChecker(hub: hub, month: month).check(solution.rota)
        let explanations = ShortfallExplainer(hub: hub, month: month).explain(solution.rota, report: report)
        let provenance = "planned by GLPK: \(RotaReportText.statusSentence(solution.status)), objective \(CSVNumber.format(solution.objective))"
        let folder = URL(fileURLWithPath: out)
        try OutputFolder.write([
            ("rota.csv", RotaFiles.rotaCSV(solution.rota, hub: hub)),
            ("coverage.csv", RotaFiles.coverageCSV(report)),
            ("summary.csv", RotaFiles.summaryCSV(report, hub: hub)),
            ("rota.html", RotaPage(hub: hub, rota: solution.rota, report: report, explanations: explanations, provenance: provenance).render()),
        ], to: folder)
        print(RotaReportText.make(hub: hub, solution: solution, report: report, explanations: explanations), terminator: "")
        print("Wrote rota.csv, coverage.csv, summary.csv and rota.html to \(folder.path)")
        // A hard violation in the solver's own rota is a bug; say so loudly and fail.
        if !report.hardViolations.isEmpty { throw ExitCode(.solverBug) }
    }
}
