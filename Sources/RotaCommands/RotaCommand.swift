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

    @OptionGroup var previousOptions: PreviousOptions

    @Option(help: "The folder to write rota.csv, coverage.csv, summary.csv and rota.html to.")
    var out: String = "out"

    @Option(name: .customLong("time-limit"), help: "Seconds the solver may take.")
    var timeLimit: Double = RotaRunDefaults.timeLimit

    @Option(help: "Stop when the relative gap between the rota and the best bound is at most this (0.005 = 0.5%).")
    var gap: Double = 0.005

    @Option(help: "Seed for the heuristics' random choices; the same seed gives the same rota.")
    var seed: UInt64 = RotaRunDefaults.seed

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

    @Option(name: .customLong("result-json"),
            help: "Also write the result as JSON to this file: status, objective, bound, gap, penalties by rule, the checker's verdict, the rota's quality, timings, files (docs/service.md).")
    var resultJSON: String?

    @Option(help: "How to print the solve's progress: text (the report only; --verbose adds a line per stage) or json (also one JSON object a line: elapsed, phase, incumbent, bound, gap).")
    var progress: ProgressFormat = .text

    /// How `--progress` prints.
    enum ProgressFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    public func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more.") }
        guard gap >= 0 && gap < 1 else { throw ValidationError("--gap must be between 0 and 1, e.g. 0.005 for 0.5%.") }
    }

    public func run() throws {
        ParentWatch.startIfRequested()
        let clock = ContinuousClock(), started = clock.now
        let hub = try previousOptions.chain(try hubOptions.load(), for: month)
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
        options.seed = seed
        options.verbose = verbose
        options.glpkLog = glpkLog
        options.iterations = iterations
        if progress == .json { options.observer = Self.writeProgressLine }
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
        let solveStarted = clock.now
        let solution = try solver.solve(instance)
        let checkStarted = clock.now
        let report = RotaChecker(hub: hub, month: month).check(solution.rota)
        let checked = clock.now
        if progress == .json {
            Self.writeProgressLine(RotaProgress(elapsed: Self.seconds(checked - solveStarted), phase: .check, incumbent: report.objective,
                                                bound: solution.bound, message: "checked: \(report.hardViolations.count) hard violations, objective \(CSVNumber.format(report.objective))"))
        }
        let explanations = ShortfallExplainer(hub: hub, month: month).explain(solution.rota, report: report)
        let provenance = "planned by GLPK: \(RotaReportText.statusSentence(solution.status)), objective \(CSVNumber.format(solution.objective))"
        let folder = URL(fileURLWithPath: out)
        try OutputFolder.write([
            ("rota.csv", RotaFiles.rotaCSV(solution.rota, hub: hub)),
            ("coverage.csv", RotaFiles.coverageCSV(report)),
            ("summary.csv", RotaFiles.summaryCSV(report, hub: hub)),
            ("rota.html", RotaPage(hub: hub, rota: solution.rota, report: report, explanations: explanations, provenance: provenance).render()),
        ], to: folder)
        // A hard violation in the solver's own rota is a bug; say so loudly and fail.
        let ending: ExitStatus = report.hardViolations.isEmpty ? .success : .solverBug
        if let resultJSON {
            let result = Self.result(month: month, solution: solution, report: report, hub: hub, options: options, folder: folder, ending: ending,
                                     timings: RotaRunResult.Timings(build: Self.seconds(solveStarted - started), solve: Self.seconds(checkStarted - solveStarted),
                                                                    check: Self.seconds(checked - checkStarted)))
            try Self.write(result, to: resultJSON)
        }
        if progress == .json {
            Self.writeProgressLine(RotaProgress(elapsed: Self.seconds(clock.now - solveStarted), phase: .done, incumbent: solution.objective,
                                                bound: solution.bound, message: "wrote rota.csv, coverage.csv, summary.csv and rota.html"))
        }
        print(RotaReportText.make(hub: hub, solution: solution, report: report, explanations: explanations), terminator: "")
        print("Wrote rota.csv, coverage.csv, summary.csv and rota.html to \(folder.path)")
        if ending != .success { throw ExitCode(ending) }
    }

    /// The machine-readable result `--result-json` writes.
    static func result(month: Month, solution: RotaSolution, report: CheckReport, hub: Hub, options: RotaSolveOptions, folder: URL,
                       ending: ExitStatus, timings: RotaRunResult.Timings) -> RotaRunResult {
        let check = RotaRunResult.Check(
            hardViolations: report.hardViolations.count, softViolations: report.softViolations.count, objective: report.objective,
            penalties: report.penalties.byRuleKey, agrees: RotaRunResult.objectivesAgree(solution.objective, report.objective),
            coverMetFraction: report.coverMetFraction)
        let path = { (name: String) in folder.appendingPathComponent(name).standardizedFileURL.path }
        return RotaRunResult(
            month: month.description,
            status: RotaRunResult.Status(code: solution.status.rawValue, words: RotaReportText.statusSentence(solution.status),
                                         glpk: solution.rawStatus),
            objective: solution.objective, bound: solution.bound, gap: solution.relativeGap, penalties: solution.penalties.byRuleKey,
            check: check, quality: RotaRunResult.Quality(RotaQuality(report: report, hub: hub)), timings: timings, seed: options.seed,
            timeLimit: options.timeLimit, requestedGap: options.relativeGap,
            files: RotaRunResult.Files(rotaCSV: path("rota.csv"), coverageCSV: path("coverage.csv"), summaryCSV: path("summary.csv"),
                                       rotaHTML: path("rota.html")),
            exitStatus: ending)
    }

    private static func write(_ result: RotaRunResult, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try result.encoded().write(to: url, options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("Could not write the result to \(path): \(error.localizedDescription). Fix: give --result-json a file in a folder you can write to.\n".utf8))
            throw ExitCode(.refused)
        }
    }

    /// One progress line on standard output, written at once (not buffered) so a parent reading
    /// the pipe sees it live.
    @Sendable static func writeProgressLine(_ progress: RotaProgress) {
        FileHandle.standardOutput.write(Data((progress.jsonLine + "\n").utf8))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
