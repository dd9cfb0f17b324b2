import RotaReports
import Workforce

/// The side-by-side comparison `amhp scenario` prints and writes.
public enum ScenarioReportText {
    public static func make(_ outcomes: [ScenarioOutcome], month: Month, hubName: String) -> String {
        guard let baseline = outcomes.first else { return "" }
        var lines = ["\(hubName): what-if scenarios for \(MonthName.full(month)), each planned by the rota model"]
        for (index, outcome) in outcomes.enumerated() {
            let label = index == 0 ? "Baseline" : "Scenario \(index)"
            let gap = outcome.solution.relativeGap.map { ", gap \(NumberText.percent($0))" } ?? ""
            let noise = index == 0 ? "" : ScenarioSummary.beyondNoise(outcome, baseline)
                ? "; differs from the baseline by more than the solver's noise" : "; within the solver's noise of the baseline: its differences may be chance"
            let seeds = outcome.seedObjectives.count > 1
                ? "; best of \(outcome.seedObjectives.count) seeds, objectives \(NumberText.fixed(outcome.seedObjectives.min() ?? 0, 0)) to \(NumberText.fixed(outcome.seedObjectives.max() ?? 0, 0))"
                : ""
            lines.append("\(label): \(outcome.name) (\(RotaReportText.statusSentence(outcome.solution.status))\(gap), "
                         + "\(NumberText.fixed(outcome.solution.seconds, 0)) s\(seeds)\(noise))")
            lines += outcome.notes.map { "    \($0)" }
        }
        lines.append("Each rota is time-limited: a plan is told apart from the baseline only when the ranges its solver proved "
                     + "(best bound to objective) do not overlap; otherwise its differences may be chance. Solve longer, or with more seeds, to tell them apart.")
        let width = 30
        let columns = outcomes.indices.map { $0 == 0 ? "baseline" : "scenario \($0)" }
        lines.append("")
        lines.append("measure".padding(toLength: width, withPad: " ", startingAt: 0) + columns.map { pad($0, 18) }.joined())
        let table = outcomes.map(\.measures.rows)
        for (row, base) in baseline.measures.rows.enumerated() {
            var line = base.name.padding(toLength: width, withPad: " ", startingAt: 0)
            for (index, rows) in table.enumerated() {
                let value = rows[row].value
                var cell = NumberText.fixed(value, rows[row].decimals)
                if index > 0 && abs(value - base.value) > 1e-9 { cell += " (\(NumberText.signed(value - base.value, base.decimals)))" }
                line += pad(cell, 18)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `scenarios.csv`: one row per measure, one column per hub, and the change from the baseline.
    public static func csv(_ outcomes: [ScenarioOutcome]) -> String {
        guard let baseline = outcomes.first else { return CSVDocument.make(header: ["measure"], rows: []) }
        var header = ["measure", "baseline"]
        for outcome in outcomes.dropFirst() { header += [outcome.name, "change: \(outcome.name)"] }
        let rows = baseline.measures.rows.indices.map { row -> [String] in
            let base = baseline.measures.rows[row]
            var cells = [base.name, NumberText.fixed(base.value, base.decimals)]
            for outcome in outcomes.dropFirst() {
                let value = outcome.measures.rows[row].value
                cells += [NumberText.fixed(value, base.decimals), NumberText.fixed(value - base.value, base.decimals)]
            }
            return cells
        }
        return CSVDocument.make(header: header, rows: rows)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
