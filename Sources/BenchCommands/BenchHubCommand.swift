import ArgumentParser
import Foundation
import Rostering
import RotaCheck
import Workforce

/// `amhp bench hub`: generates a realistic hub and plans it, reporting time, objective, bound, gap, memory.
struct BenchHubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hub",
        abstract: "Generate a realistic hub of N AMHPs and plan M months of it, reporting time, objective, bound, gap and peak memory.")

    @Option(help: "How many AMHPs the generated hub has.")
    var amhps: Int = 40

    @Option(help: "How many consecutive months to plan (each month starts from the last one's final days).")
    var months: Int = 1

    @Option(help: "The first month, as YYYY-MM.")
    var month: Month = Month(year: 2026, month: 12)!

    @Option(help: "Seed for the generated hub and for the heuristics.")
    var seed: UInt64 = 1

    @Option(name: .customLong("time-limit"), help: "Seconds for the whole run, shared between the months.")
    var timeLimit: Double = 30

    @Flag(help: "Print one table row instead of the per-month report (used by Scripts/bench).")
    var row = false

    @Option(name: .customLong("compare-with"), help: "A reference objective (e.g. HiGHS's after 10 minutes on the --write-lp model) to show beside ours.")
    var compareWith: Double?

    @Flag(help: "Print what each stage of each month's solve reached and when.")
    var verbose = false

    @Option(name: .customLong("write-lp"), help: "Write the first month's model in CPLEX LP format to this file (to compare other solvers).")
    var writeLP: String?

    @Option(name: .customLong("write-hub"), help: "Write the generated hub as a hub folder here.")
    var writeHub: String?

    func validate() throws {
        guard amhps >= 4 else { throw ValidationError("--amhps must be at least 4.") }
        guard (1...12).contains(months) else { throw ValidationError("--months must be from 1 to 12.") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive.") }
    }

    func run() throws {
        let hub = HubGenerator(amhpCount: amhps, firstMonth: month, months: months, seed: seed).generate()
        if let writeHub { try HubWriter.write(hub, to: URL(fileURLWithPath: writeHub)) }
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.seed = seed
        options.verbose = verbose
        if let writeLP {
            try RotaSolver(options: options).writeModel(RotaInstance(hub: hub, month: month), to: writeLP, format: .lp)
        }
        let results = try MonthSequencePlanner(options: options).plan(hub, from: month, months: months)
        if row {
            let objective = results.reduce(0) { $0 + $1.solution.objective }
            let bound = results.reduce(0) { $0 + ($1.solution.bound ?? 0) }
            let versus = compareWith.map { String(format: "%+.2f%%", 100 * (objective - $0) / max(abs($0), 1)) } ?? "-"
            let hard = results.reduce(0) { $0 + $1.report.hardViolations.count }
            print(BenchTable.row(["hub \(amhps)x\(months)mo", compareWith.map(CSVNumber.format) ?? "-", CSVNumber.format(objective), versus,
                                  CSVNumber.format(bound), CSVNumber.format(results.reduce(0) { $0 + $1.solution.seconds }),
                                  "\(PeakMemory.megabytes())", "\(hard)"]))
            if hard > 0 { throw ExitCode(3) }
            return
        }
        print("hub: \(amhps) AMHPs, \(months) month(s) from \(month), seed \(seed), time limit \(CSVNumber.format(timeLimit)) s")
        print("month    variables  rows     objective  bound      gap     seconds  short  hard")
        var totalObjective = 0.0, totalBound = 0.0, totalSeconds = 0.0, totalHard = 0
        for result in results {
            let solution = result.solution
            let size = solution.modelSize
            totalObjective += solution.objective
            totalBound += solution.bound ?? 0
            totalSeconds += solution.seconds
            totalHard += result.report.hardViolations.count
            let short = result.report.coverage.filter { $0.shortfall > 0 }.count
            print([pad("\(result.report.month)", 8), pad("\(size.variables)", 10), pad("\(size.constraints)", 8),
                   pad(CSVNumber.format(solution.objective), 10), pad(solution.bound.map(CSVNumber.format) ?? "-", 10),
                   pad(solution.relativeGap.map { CSVNumber.format($0 * 100) + "%" } ?? "-", 7),
                   pad(CSVNumber.format(solution.seconds), 8), pad("\(short)", 6), "\(result.report.hardViolations.count)"].joined(separator: " "))
        }
        let gap = abs(totalObjective - totalBound) / max(abs(totalObjective), 1)
        print("total: objective \(CSVNumber.format(totalObjective)), bound \(CSVNumber.format(totalBound)), gap \(CSVNumber.format(gap * 100))%, "
              + "\(CSVNumber.format(totalSeconds)) s, peak memory \(PeakMemory.megabytes()) MB, hard violations \(totalHard)")
        if totalHard > 0 { throw ExitCode(3) }
    }

    private func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
}
