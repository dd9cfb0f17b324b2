import Foundation
import Testing

/// End-to-end: `amhp bench` on a small generated hub and on Curtois instance 1.
@Suite(.serialized) struct BenchCommandTests {
    @Test func benchHubReportsEveryMonthWithoutHardViolations() throws {
        let result = try CLIRunner.run(["bench", "hub", "--amhps", "8", "--months", "2", "--time-limit", "4", "--seed", "3"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("2026-12 "))
        #expect(result.output.contains("2027-01 "))
        #expect(result.output.contains("hard violations 0"))
        #expect(result.output.contains("peak memory"))
    }

    /// Beside the objective, the AMHPs above target and the enhancement in whole pounds: per month,
    /// in the total, and as the table row Scripts/bench prints.
    @Test func benchHubPrintsAMHPsOverTargetAndTheEnhancementBesideTheObjective() throws {
        let report = try CLIRunner.run(["bench", "hub", "--amhps", "6", "--time-limit", "2", "--seed", "3"])
        #expect(report.status == 0, "\(report.output)\(report.errors)")
        #expect(report.output.contains("objective  over  enh £    bound"))
        #expect(report.output.contains(", AMHPs over target ") && report.output.contains(", enhancement £"))

        let row = try CLIRunner.run(["bench", "hub", "--amhps", "6", "--time-limit", "2", "--seed", "3", "--row"])
        #expect(row.status == 0, "\(row.output)\(row.errors)")
        let cells = row.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", omittingEmptySubsequences: true)
        // hub 6x1mo, best known, ours, vs best, over, enh £, bound, seconds, peak MB, hard.
        #expect(cells.count == 11, "\(cells)")
        if cells.count == 11 {
            #expect(Int(cells[5]).map { $0 >= 0 } == true, "AMHPs over target: \(cells[5])")
            #expect(Int(cells[6]).map { $0 > 0 } == true, "a month of nights and weekends earns an enhancement: \(cells[6])")
            #expect(cells.last == "0")
        }
    }

    /// `--json` for Scripts/bench solver, on a generated hub and on a hub folder made elsewhere (the
    /// demo hub), whose objective is the model's; a folder that does not load is named.
    @Test func benchHubPrintsJSONForAGeneratedHubOrAFolder() throws {
        let generated = try CLIRunner.run(["bench", "hub", "--amhps", "6", "--time-limit", "2", "--seed", "3", "--json"])
        #expect(generated.status == 0, "\(generated.output)\(generated.errors)")
        let totals = try JSONSerialization.jsonObject(with: Data(generated.output.utf8)) as? [String: Any]
        #expect((totals?["objective"] as? Double).map { $0 > 0 } == true, "\(generated.output)")
        #expect(totals?["hard"] as? Int == 0)

        let demo = CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub").path
        let folder = try CLIRunner.run(["bench", "hub", "--hub", demo, "--month", "2026-12", "--time-limit", "3", "--json"])
        #expect(folder.status == 0, "\(folder.output)\(folder.errors)")
        #expect(folder.output.contains("\"objective\""))

        let nowhere = try CLIRunner.run(["bench", "hub", "--hub", "/nonexistent/hub", "--json"])
        #expect(nowhere.status != 0)
        #expect(nowhere.errors.contains("/nonexistent/hub"), "\(nowhere.errors)")

        let both = try CLIRunner.run(["bench", "hub", "--row", "--json"])
        #expect(both.status != 0 && both.errors.contains("choose one"), "\(both.errors)")
    }

    @Test func benchHubNamesWhatIsWrongWithAnotherSolversSolution() throws {
        let folder = try CLIRunner.temporaryFolder("solution")
        let empty = folder.appendingPathComponent("empty.sol"), partial = folder.appendingPathComponent("partial.sol")
        try "Model status\nOptimal\n".write(to: empty, atomically: true, encoding: .utf8)
        try "# Columns 1\nx(A01,20261201,D) 1\n".write(to: partial, atomically: true, encoding: .utf8)
        let arguments = ["bench", "hub", "--amhps", "6", "--time-limit", "2", "--seed", "3", "--read-solution"]

        let noValues = try CLIRunner.run(arguments + [empty.path])
        #expect(noValues.status != 0)
        #expect(noValues.errors.contains("\(empty.path): no line of the form 'name value'"), "\(noValues.errors)")

        let missing = try CLIRunner.run(arguments + [partial.path])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("\(partial.path): the solution has no value for the integer variable"), "\(missing.errors)")
    }

    @Test func benchCurtoisScoresByTheBenchmarksOwnRules() throws {
        let file = CLIRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/benchmarks/curtois/Instance1.txt")
        guard FileManager.default.fileExists(atPath: file.path) else {
            print("Skipping: no Curtois instances beside the checkout at \(file.path)")
            return
        }
        let result = try CLIRunner.run(["bench", "curtois", file.path, "--time-limit", "3", "--row"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        let cells = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", omittingEmptySubsequences: true)
        // run name (two words), best known, ours, …, hard violations last.
        #expect(cells.count >= 9)
        #expect(cells[2] == "607")
        #expect(Int(cells[3]).map { $0 >= 607 } == true)
        #expect(cells.last == "0")
    }
}
