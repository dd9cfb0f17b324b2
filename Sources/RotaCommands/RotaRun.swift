import ArgumentParser
import BenchCommands
import Foundation
import LinearProgramming
import Rostering
import RotaCheck
import RotaReports
import Workforce

/// One solve as `amhp rota` and `amhp replan` run it: pins and a re-plan's baseline kept, the rota
/// re-checked independently, the files written and the report printed.
struct RotaRun {
    let options: RotaRunOptions

    /// Plans `month` of `hub`; with a baseline, also writes changes.csv and the report's changes section.
    func execute(hub: Hub, month: Month, pins: [Pin], baseline: RotaBaseline?, started: ContinuousClock.Instant) throws {
        let clock = ContinuousClock()
        let options = self.options.solveOptions
        let solver = RotaSolver(options: options)
        let instance = RotaInstance(hub: hub, month: month, pins: pins, baseline: baseline)
        do {
            try solver.checkSize(of: hub, month: month)
            try solver.checkPins(instance)
        } catch let failure as RotaSolver.Failure {
            FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
            throw ExitCode(.inputError)
        }
        if let writeLP = self.options.writeLP {
            try solver.writeModel(instance, to: writeLP, format: .lp)
            print("Model written to \(writeLP)")
        }
        if let writeMPS = self.options.writeMPS {
            try solver.writeModel(instance, to: writeMPS, format: .mps)
            print("Model written to \(writeMPS)")
        }
        let json = self.options.progress == .json
        let solveStarted = clock.now
        let solution = try solver.solve(instance)
        let checkStarted = clock.now
        let report = RotaChecker(hub: hub, month: month, baseline: baseline).check(solution.rota)
        let checked = clock.now
        if json {
            Self.writeProgressLine(RotaProgress(elapsed: Self.seconds(checked - solveStarted), phase: .check, incumbent: report.objective,
                                                bound: solution.bound, message: "checked: \(report.hardViolations.count) hard violations, objective \(CSVNumber.format(report.objective))",
                                                breaches: report.softViolations.count))
        }
        let explanations = ShortfallExplainer(hub: hub, month: month).explain(solution.rota, report: report)
        let provenance = "planned by GLPK: \(RotaReportText.statusSentence(solution.status)), objective \(CSVNumber.format(solution.objective))"
        let folder = URL(fileURLWithPath: self.options.out)
        let diff = baseline.map { RotaDiff(before: $0.rota, after: solution.rota, hub: hub, pins: pins) }
        var files = [
            ("rota.csv", RotaFiles.rotaCSV(solution.rota, hub: hub)),
            ("coverage.csv", RotaFiles.coverageCSV(report)),
            ("summary.csv", RotaFiles.summaryCSV(report, hub: hub)),
            ("rota.html", RotaPage(hub: hub, rota: solution.rota, report: report, explanations: explanations, provenance: provenance).render()),
        ]
        if let diff { files.append(("changes.csv", RotaDiffText.changesCSV(diff))) }
        try OutputFolder.write(files, to: folder)
        try OutputFolder.write(RotaWorkbook(hub: hub, rota: solution.rota, report: report).data(), named: "rota.xlsx", to: folder)
        // A hard violation in the solver's own rota is a bug; say so loudly and fail.
        let ending: ExitStatus = report.hardViolations.isEmpty ? .success : .solverBug
        if let resultJSON = self.options.resultJSON {
            let result = Self.result(month: month, solution: solution, report: report, hub: hub, options: options, folder: folder, ending: ending,
                                     timings: RotaRunResult.Timings(build: Self.seconds(solveStarted - started), solve: Self.seconds(checkStarted - solveStarted),
                                                                    check: Self.seconds(checked - checkStarted)))
            try Self.write(result, to: resultJSON)
        }
        let names = files.map(\.0) + ["rota.xlsx"]
        let written = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        if json {
            Self.writeProgressLine(RotaProgress(elapsed: Self.seconds(clock.now - solveStarted), phase: .done, incumbent: solution.objective,
                                                bound: solution.bound, message: "wrote \(written)", breaches: report.softViolations.count))
        }
        print(RotaReportText.make(hub: hub, solution: solution, report: report, explanations: explanations), terminator: "")
        if let diff, let baseline { print(RotaDiffText.section(diff, from: baseline.from), terminator: "") }
        print("Wrote \(written) to \(folder.path)")
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
