import ArgumentParser
import Foundation
import Rostering
import Workforce

/// `amhp bench replan`: issue 15's re-plan benchmark on a hub folder (the demo hub by default):
/// the month planned and published, one full-time LA AMHP sick for some days, the month re-planned
/// from the first sick day, and the same month planned afresh as a yardstick.
struct BenchReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Publish a month, make one full-time AMHP sick, re-plan from that day: time, cells changed per shift lost, shifts left short.")

    @Option(help: "The hub folder.")
    var hub: String = "Data/demo-hub"

    @Option(help: "The month, as YYYY-MM.")
    var month: Month = Month(containing: LocalDate(clampingYear: 2026, month: 12, day: 1))

    @Option(help: "The first sick day, from which the month is re-planned (YYYY-MM-DD, in the month).")
    var from: LocalDate = LocalDate(clampingYear: 2026, month: 12, day: 14)

    @Option(name: .customLong("sick-days"), help: "How many days the AMHP is sick.")
    var sickDays: Int = 5

    @Option(help: "The AMHP who falls sick; by default the full-time LA AMHP with the most shifts in those days.")
    var amhp: String?

    @Option(name: .customLong("time-limit"), help: "Seconds for the re-plan (and for the fresh yardstick).")
    var timeLimit: Double = 15

    @Option(name: .customLong("publish-iterations"), help: "Neighbourhood-search iterations of the published solve (a fixed number repeats it).")
    var publishIterations: Int = 20

    @Option(help: "Neighbourhood-search iterations of the re-plan and the yardstick, to repeat them exactly (by default they run to --time-limit).")
    var iterations: Int?

    @Flag(name: .customLong("no-yardstick"), help: "Leave out the fresh solve of the month.")
    var noYardstick = false

    @Option(help: "Seed of both solves.")
    var seed: UInt64 = 1

    @Flag(help: "Print one table row instead of the report (used by Scripts/bench).")
    var row = false

    func validate() throws {
        guard (1...31).contains(sickDays) else { throw ValidationError("--sick-days must be from 1 to 31.") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive.") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more.") }
        guard publishIterations >= 0 else { throw ValidationError("--publish-iterations must be 0 or more.") }
        guard month.range.contains(from) else { throw ValidationError("--from must be a date in --month \(month).") }
    }

    func run() throws {
        let loaded: Hub
        do {
            loaded = try HubLoader.load(folder: URL(fileURLWithPath: hub))
        } catch let errors as InputErrors {
            throw ValidationError(errors.description)
        }
        var publish = RotaSolveOptions()
        publish.seed = seed
        publish.iterations = publishIterations
        var replan = RotaSolveOptions()
        replan.seed = seed
        replan.timeLimit = timeLimit
        replan.iterations = iterations
        let benchmark = ReplanBenchmark(hub: loaded, month: month, from: from, sickDays: sickDays, publishOptions: publish, replanOptions: replan)
        let outcome: ReplanBenchmark.Outcome
        do {
            outcome = try benchmark.run(sickID: amhp, yardstick: !noYardstick)
        } catch let error as ReplanBenchmarkError {
            throw ValidationError(error.description)
        }
        let perShift = CSVNumber.format((outcome.cellsPerLostShift * 100).rounded() / 100)
        if row {
            print(BenchTable.row(["replan \(month) \(sickDays)d", "-", CSVNumber.format(outcome.replanned.objective), "-", "-", "-",
                                  outcome.replanned.bound.map(CSVNumber.format) ?? "-", CSVNumber.format(outcome.replanned.seconds),
                                  "\(PeakMemory.megabytes())", "\(outcome.hardViolations)"])
                  + "  cells \(outcome.diff.count), lost \(outcome.shiftsLost), per lost shift \(perShift), fresh \(outcome.freshChanges.map(String.init) ?? "-")")
        } else {
            print("re-plan of \(month) from \(from): \(outcome.sick.name) (\(outcome.sick.id)) sick for \(sickDays) days, time limit \(CSVNumber.format(timeLimit)) s, seed \(seed)")
            print("  solve time:               \(CSVNumber.format(outcome.replanned.seconds)) s (\(outcome.replanned.status.rawValue))")
            print("  shifts the AMHP lost:     \(outcome.shiftsLost)")
            print("  cells changed:            \(outcome.diff.count) for \(outcome.diff.amhpIDs.count) AMHPs")
            print("  cells per lost shift:     \(perShift) (target at most 3)")
            print("  shifts below minimum:     \(outcome.shiftsBelowMinimum), of which the workforce could not cover \(outcome.uncoverable)")
            print("  hard violations:          \(outcome.hardViolations)")
            if let fresh = outcome.fresh, let changes = outcome.freshChanges {
                print("  yardstick, fresh solve:   \(changes) cells changed, objective \(CSVNumber.format(fresh.objective)), \(CSVNumber.format(fresh.seconds)) s")
            }
        }
        if outcome.hardViolations > 0 { throw ExitCode(.solverBug) }
    }
}
