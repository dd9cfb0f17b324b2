import ArgumentParser
import BenchCommands
import Foundation
import RotaCheck
import RotaReports
import Workforce

/// `amhp check`: re-checks any rota CSV (the solver's, or one edited by hand) against every rule.
public struct CheckCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a rota CSV against every rule and list each violation in words.",
        discussion: "Exit status: 0 when no hard rule is broken, 1 when one is, 2 when the input files have errors.")

    @OptionGroup var hubOptions: HubOptions

    @Option(help: "The rota CSV to check (columns amhp_id, date, shift; role optional).")
    var rota: String

    @Option(help: "The rota's month as YYYY-MM (default: the month of its first row).")
    var month: Month?

    @OptionGroup var previousOptions: PreviousOptions

    @Option(help: "Also write a printable rota.html of the checked rota to this folder.")
    var out: String?

    public func run() throws {
        let opening = try hubOptions.load()
        let checked: Rota
        do {
            checked = try RotaFile.read(url: URL(fileURLWithPath: rota), hub: opening, month: month)
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
        let hub = try previousOptions.chain(opening, for: checked.month)
        let report = RotaChecker(hub: hub, month: checked.month).check(checked)
        print(CheckReportText.make(report, hub: hub, rotaPath: rota), terminator: "")
        if let out {
            let explanations = ShortfallExplainer(hub: hub, month: checked.month).explain(checked, report: report)
            let page = RotaPage(hub: hub, rota: checked, report: report, explanations: explanations, provenance: "checked from \(rota)")
            try OutputFolder.write([("rota.html", page.render())], to: URL(fileURLWithPath: out))
        }
        if !report.hardViolations.isEmpty { throw ExitCode(.refused) }
    }
}
