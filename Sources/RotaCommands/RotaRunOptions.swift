import ArgumentParser
import BenchCommands
import Foundation
import Rostering
import Workforce

/// The solve and output options `amhp rota` and `amhp replan` share, and the pins file both keep.
public struct RotaRunOptions: ParsableArguments {
    public init() {}

    @Option(help: "The folder to write rota.csv, coverage.csv, summary.csv, rota.html and rota.xlsx to (and changes.csv, in a re-plan).")
    public var out: String = "out"

    @Option(name: .customLong("time-limit"), help: "Seconds the solver may take.")
    public var timeLimit: Double = RotaRunDefaults.timeLimit

    @Option(help: "Stop when the relative gap between the rota and the best bound is at most this (0.005 = 0.5%).")
    public var gap: Double = 0.005

    @Option(help: "Seed for the heuristics' random choices; the same seed gives the same rota.")
    public var seed: UInt64 = RotaRunDefaults.seed

    @Option(help: "Neighbourhood-search iterations; with a fixed number (and node limits for GLPK) a run repeats exactly for its seed.")
    public var iterations: Int?

    @Option(name: .customLong("write-lp"), help: "Also write the model in CPLEX LP format to this file (for glpsol or another solver).")
    public var writeLP: String?

    @Option(name: .customLong("write-mps"), help: "Also write the model in free MPS format to this file.")
    public var writeMPS: String?

    @Flag(help: "Print what each stage of the solve reached and when.")
    public var verbose = false

    @Flag(name: .customLong("glpk-log"), help: "Print GLPK's own log of the whole-model solve.")
    public var glpkLog = false

    @Option(name: .customLong("result-json"),
            help: "Also write the result as JSON to this file: status, objective, bound, gap, penalties by rule, the checker's verdict, the rota's quality, timings, files (docs/service.md).")
    public var resultJSON: String?

    @Option(help: "How to print the solve's progress: text (the report only; --verbose adds a line per stage) or json (also one JSON object a line: elapsed, phase, incumbent, bound, gap).")
    public var progress: ProgressFormat = .text

    /// How `--progress` prints.
    public enum ProgressFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "A pins.csv (amhp_id,date,shift; an empty shift pins the AMHP off): cells every solve keeps. A pin that breaks a hard rule is refused (docs/data-format.md).")
    public var pins: String?

    public func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more.") }
        guard gap >= 0 && gap < 1 else { throw ValidationError("--gap must be between 0 and 1, e.g. 0.005 for 0.5%.") }
    }

    /// The solver's options from the command line.
    var solveOptions: RotaSolveOptions {
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
        options.seed = seed
        options.verbose = verbose
        options.glpkLog = glpkLog
        options.iterations = iterations
        if progress == .json { options.observer = RotaRun.writeProgressLine }
        return options
    }
}
