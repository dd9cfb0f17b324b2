import ArgumentParser
import Foundation
import HubGeneration
import Rostering
import RotaCheck
import Workforce

/// `amhp bench hub`: generates a realistic hub and plans it, reporting time, objective, bound, gap, memory,
/// and beside the objective the AMHPs above target and the enhancement cost (`BenchQuality`), for our
/// rota and for another solver's (`--read-solution`), each re-checked by the checker.
struct BenchHubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hub",
        abstract: "Generate a realistic hub of N AMHPs and plan M months of it, reporting time, objective, AMHPs over target, enhancement cost, bound, gap and peak memory.")

    @Option(help: "How many AMHPs the generated hub has.")
    var amhps: Int = 40

    @Option(help: "Plan this hub folder (as `amhp rota` reads it) instead of a generated hub; --amhps is then ignored. For measuring on hubs from another generator.")
    var hub: String?

    @Option(help: "How many consecutive months to plan (each month starts from the last one's final days).")
    var months: Int = 1

    @Option(help: "The first month, as YYYY-MM.")
    var month: Month = Month(containing: LocalDate(clampingYear: 2026, month: 12, day: 1))

    @Option(help: "Seed for the generated hub and for the heuristics.")
    var seed: UInt64 = 1

    @Option(name: .customLong("time-limit"), help: "Seconds for the whole run, shared between the months.")
    var timeLimit: Double = 30

    @Flag(help: "Print one table row instead of the per-month report (used by Scripts/bench).")
    var row = false

    @Flag(help: "Print the totals as one JSON object (objective, bound, seconds, peak_mb, hard) instead of the report (used by Scripts/bench solver).")
    var json = false

    @Option(name: .customLong("compare-with"), help: "A reference objective (e.g. HiGHS's after 10 minutes on the --write-lp model) to show beside ours.")
    var compareWith: Double?

    @Flag(help: "Print what each stage of each month's solve reached and when.")
    var verbose = false

    @Option(name: .customLong("write-lp"), help: "Write the first month's model in CPLEX LP format to this file (to compare other solvers).")
    var writeLP: String?

    @Option(name: .customLong("write-hub"), help: "Write the generated hub as a hub folder here.")
    var writeHub: String?

    @Option(name: .customLong("read-solution"),
            help: "Another solver's solution of the --write-lp model ('name value' lines, as HiGHS writes them): re-check its rota and compare it with ours rule by rule, with AMHPs over target and the enhancement cost.")
    var readSolution: String?

    func validate() throws {
        guard amhps >= 4 else { throw ValidationError("--amhps must be at least 4.") }
        guard (1...12).contains(months) else { throw ValidationError("--months must be from 1 to 12.") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive.") }
        if readSolution != nil && (row || json) { throw ValidationError("--read-solution prints a comparison table: leave out --row and --json.") }
        if row && json { throw ValidationError("--row and --json are two outputs: choose one.") }
    }

    func run() throws {
        let hub = try self.hub.map { try HubLoader.load(folder: URL(fileURLWithPath: $0)) }
            ?? HubGenerator(amhpCount: amhps, firstMonth: month, months: months, seed: seed).generate()
        // Read and re-check the other solver's solution first, so a wrong file fails before the solve.
        let theirs = try readSolution.map { try readExternalSolution($0, hub: hub) }
        if let writeHub { try HubWriter.write(hub, to: URL(fileURLWithPath: writeHub)) }
        var options = RotaSolveOptions()
        options.timeLimit = timeLimit
        options.seed = seed
        options.verbose = verbose
        if let writeLP {
            try RotaSolver(options: options).writeModel(RotaInstance(hub: hub, month: month), to: writeLP, format: .lp)
        }
        let results = try MonthSequencePlanner(options: options).plan(hub, from: month, months: months)
        let qualities = results.map { BenchQuality($0.report, hub: hub) }
        let quality = qualities.reduce(BenchQuality(), +)
        if json {
            try printJSON(results)
            return
        }
        if row {
            let objective = results.reduce(0) { $0 + $1.solution.objective }
            let bound = results.reduce(0) { $0 + ($1.solution.bound ?? 0) }
            let versus = compareWith.map { String(format: "%+.2f%%", 100 * (objective - $0) / max(abs($0), 1)) } ?? "-"
            let hard = results.reduce(0) { $0 + $1.report.hardViolations.count }
            print(BenchTable.row(["hub \(hub.amhps.count)x\(months)mo", compareWith.map(CSVNumber.format) ?? "-", CSVNumber.format(objective), versus,
                                  "\(quality.peopleOverTarget)", quality.pounds, CSVNumber.format(bound),
                                  CSVNumber.format(results.reduce(0) { $0 + $1.solution.seconds }), "\(PeakMemory.megabytes())", "\(hard)"]))
            if hard > 0 { throw ExitCode(.solverBug) }
            return
        }
        print("hub: \(self.hub ?? "generated"), \(hub.amhps.count) AMHPs, \(months) month(s) from \(month), seed \(seed), time limit \(CSVNumber.format(timeLimit)) s")
        print("month    variables  rows     objective  over  enh £    bound      gap     seconds  short  hard")
        var totalObjective = 0.0, totalBound = 0.0, totalSeconds = 0.0, totalHard = 0
        for (result, monthQuality) in zip(results, qualities) {
            let solution = result.solution
            let size = solution.modelSize
            totalObjective += solution.objective
            totalBound += solution.bound ?? 0
            totalSeconds += solution.seconds
            totalHard += result.report.hardViolations.count
            let short = result.report.rotaCoverage.filter { $0.shortfall > 0 }.count
            print([pad("\(result.report.month)", 8), pad("\(size.variables)", 10), pad("\(size.constraints)", 8),
                   pad(CSVNumber.format(solution.objective), 10), pad("\(monthQuality.peopleOverTarget)", 5), pad(monthQuality.pounds, 8),
                   pad(solution.bound.map(CSVNumber.format) ?? "-", 10),
                   pad(solution.relativeGap.map { CSVNumber.format($0 * 100) + "%" } ?? "-", 7),
                   pad(CSVNumber.format(solution.seconds), 8), pad("\(short)", 6), "\(result.report.hardViolations.count)"].joined(separator: " "))
        }
        let gap = abs(totalObjective - totalBound) / max(abs(totalObjective), 1)
        print("total: objective \(CSVNumber.format(totalObjective)), AMHPs over target \(quality.peopleOverTarget), enhancement £\(quality.pounds), "
              + "bound \(CSVNumber.format(totalBound)), gap \(CSVNumber.format(gap * 100))%, "
              + "\(CSVNumber.format(totalSeconds)) s, peak memory \(PeakMemory.megabytes()) MB, hard violations \(totalHard)")
        if let theirs, let first = results.first, let firstQuality = qualities.first {
            try compare((first.solution, firstQuality), with: theirs, hub: hub)
        }
        if totalHard > 0 { throw ExitCode(.solverBug) }
    }

    /// The run's totals for a script to read: the objective and bound summed over the months, seconds,
    /// peak memory and hard violations (the checker's; any is a solver bug and fails the run).
    private func printJSON(_ results: [MonthSequencePlanner.MonthResult]) throws {
        struct Totals: Encodable {
            let objective: Double, bound: Double?, seconds: Double, peak_mb: Int, hard: Int
        }
        let bounds = results.compactMap(\.solution.bound)
        let totals = Totals(objective: results.reduce(0) { $0 + $1.solution.objective },
                            bound: bounds.count == results.count ? bounds.reduce(0, +) : nil,
                            seconds: results.reduce(0) { $0 + $1.solution.seconds }, peak_mb: PeakMemory.megabytes(),
                            hard: results.reduce(0) { $0 + $1.report.hardViolations.count })
        print(String(decoding: try JSONEncoder().encode(totals), as: UTF8.self))
        if totals.hard > 0 { throw ExitCode(.solverBug) }
    }

    /// Another solver's solution of the first month's model, with its rota re-checked.
    private func readExternalSolution(_ path: String, hub: Hub) throws -> (path: String, solution: ExternalSolution, report: CheckReport) {
        let solution: ExternalSolution
        do {
            solution = try ExternalSolution(instance: RotaInstance(hub: hub, month: month), values: SolutionFile.read(path))
        } catch let failure as ExternalSolution.Failure {
            throw ValidationError("\(path): \(failure)")
        }
        return (path, solution, RotaChecker(hub: hub, month: month).check(solution.rota))
    }

    /// Prints the other solver's penalties beside ours, largest difference first, then the AMHPs
    /// above target and the enhancement of both rotas, each re-checked by the checker.
    private func compare(_ oursAndQuality: (solution: RotaSolution, quality: BenchQuality),
                         with theirs: (path: String, solution: ExternalSolution, report: CheckReport), hub: Hub) throws {
        let ours = oursAndQuality.solution
        let other = theirs.solution
        let theirQuality = BenchQuality(theirs.report, hub: hub)
        print("")
        print("\(theirs.path), \(month): objective \(CSVNumber.format(other.objective)), AMHPs over target \(theirQuality.peopleOverTarget), "
              + "enhancement £\(theirQuality.pounds), hard violations \(theirs.report.hardViolations.count) (re-checked)")
        print("rule                      ours       theirs     ours - theirs")
        let rules = Set(ours.penalties.keys).union(other.penalties.keys).filter { rule in
            abs(ours.penalties[rule] ?? 0) > 1e-6 || abs(other.penalties[rule] ?? 0) > 1e-6
        }
        let differences = Dictionary(uniqueKeysWithValues: rules.map { rule in
            (rule, (ours: ours.penalties[rule] ?? 0, theirs: other.penalties[rule] ?? 0))
        })
        for (rule, pair) in differences.sorted(by: { abs($0.value.ours - $0.value.theirs) > abs($1.value.ours - $1.value.theirs) }) {
            print(comparisonRow(rule.rawValue, pair.ours, pair.theirs))
        }
        print(comparisonRow("total", ours.objective, other.objective))
        print(comparisonRow("AMHPs over target", Double(oursAndQuality.quality.peopleOverTarget), Double(theirQuality.peopleOverTarget)))
        print(comparisonRow("enhancement £", oursAndQuality.quality.enhancement, theirQuality.enhancement))
        // The model took the rota, so a hard violation here means the model and the checker disagree: a bug.
        if theirs.report.hardViolations.count > 0 { throw ExitCode(.solverBug) }
    }

    private func comparisonRow(_ rule: String, _ ours: Double, _ theirs: Double) -> String {
        let difference: Double = ours - theirs
        return [pad(rule, 25), pad(CSVNumber.format(ours), 10), pad(CSVNumber.format(theirs), 10),
                String(format: "%+.1f", difference)].joined(separator: " ")
    }

    private func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
}
