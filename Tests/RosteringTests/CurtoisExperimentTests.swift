import Foundation
import Testing
@testable import Rostering

/// Benchmark runs for measuring, not for CI: enabled only when CURTOIS_EXPERIMENT lists instance numbers.
///
///     CURTOIS_EXPERIMENT=1,2,3 CURTOIS_TIME=60 swift test -c release --filter CurtoisExperiment
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CURTOIS_EXPERIMENT"] != nil,
                "set CURTOIS_EXPERIMENT=1,2,… to run benchmark measurements"))
struct CurtoisExperimentTests {
    @Test func runTheListedInstances() throws {
        let environment = ProcessInfo.processInfo.environment
        let numbers = (environment["CURTOIS_EXPERIMENT"] ?? "").split(separator: ",").compactMap { Int($0) }
        let timeLimit = Double(environment["CURTOIS_TIME"] ?? "60") ?? 60
        let seed = UInt64(environment["CURTOIS_SEED"] ?? "1") ?? 1
        var table = ["| instance | best known | ours | gap % | bound | seconds | iterations |", "|---|---|---|---|---|---|---|"]
        for number in numbers {
            let verbose = environment["CURTOIS_VERBOSE"] != nil
            let printLine: @Sendable (String) -> Void = { line in print("  " + line) }
            let log = verbose ? printLine : nil
            let file = CurtoisFixtures.folder.appendingPathComponent("Instance\(number).txt")
            var options = CurtoisSolveOptions()
            options.timeLimit = timeLimit
            options.seed = seed
            options.log = log
            options.iterationLimit = environment["CURTOIS_ITERATIONS"].flatMap { Int($0) }
            if let nodes = environment["CURTOIS_NODES"].flatMap({ Int($0) }) { options.subproblemNodeLimit = nodes }
            if let size = environment["CURTOIS_SIZE"].flatMap({ Int($0) }) { options.initialNeighbourhoodSize = size }
            let report = try CurtoisBenchmark.run(CurtoisParser.parse(contentsOf: file), options: options)
            print(report.summary)
            let best = report.bestKnown.map { String($0) } ?? "-"
            let gap = report.gapToBestKnownPercent.map { String(format: "%.2f", $0) } ?? "-"
            let bound = report.bound.map { String($0) } ?? "-"
            let seconds = String(format: "%.1f", report.seconds)
            let row = "| \(number) | \(best) | \(report.objective) | \(gap) | \(bound) | \(seconds) | \(report.iterations) |"
            print(row)
            table.append(row)
            #expect(report.hardViolations.isEmpty)
            #expect(report.objective == report.solverObjective)
        }
        print(table.joined(separator: "\n"))
    }
}
