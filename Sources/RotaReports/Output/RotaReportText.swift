import LinearProgramming
import Rostering
import RotaCheck
import Workforce

/// The short report `amhp rota` prints: cover met, each shortfall with its reasons, whether a
/// manager would sign the rota (`RotaQuality`: stacking, surplus hours, idle AMHPs, the enhancement
/// cost), the objective with its per-term breakdown, the bound, the gap, the time, and the checker's verdict.
public enum RotaReportText {
    public static func make(hub: Hub, solution: RotaSolution, report: CheckReport, explanations: [ShortfallExplanation]) -> String {
        var lines: [String] = []
        lines.append("\(hub.rules.hubName): rota for \(RotaPage.monthNames[report.month.month - 1]) \(report.month.year)")
        lines.append("Solver: \(statusSentence(solution.status)) (GLPK: \(solution.rawStatus)) in \(seconds(solution.seconds)) s")
        var figures = "Objective \(number(solution.objective))"
        if let bound = solution.bound { figures += ", bound \(number(bound))" }
        if let gap = solution.relativeGap { figures += ", gap \(percent(gap))" }
        var stages: [String] = []
        if let start = solution.startObjective { stages.append("greedy start \(number(start))") }
        if let full = solution.fullModelObjective { stages.append("GLPK on the whole model \(number(full))") }
        if solution.searchIterations > 0 {
            stages.append("neighbourhood search \(solution.searchImprovements) improvements in \(solution.searchIterations) tries")
        }
        if !stages.isEmpty { figures += " (" + stages.joined(separator: ", ") + ")" }
        lines.append(figures)
        // Duty is not cover: its lines have no minimum to meet, so they are left out of the count.
        let rota = report.rotaCoverage
        let short = rota.filter { $0.shortfall > 0 }
        lines.append("Cover met: \(rota.count - short.count) of \(rota.count) shifts at minimum (\(percent(report.coverMetFraction)))"
                     + ", \(rota.filter { $0.assigned >= $0.target }.count) at target")
        if explanations.isEmpty {
            lines.append("Shortfalls: none; every shift has its minimum and a coordinator where required.")
        } else {
            lines.append("Shortfalls (\(explanations.count)):")
            for explanation in explanations {
                lines.append("  \(explanation.date.weekday.shortName) \(explanation.date) \(explanation.shiftName): \(ShortfallText.headline(explanation)).")
                lines.append("    \(ShortfallText.reasons(explanation))")
            }
        }
        lines.append("Quality (would a manager sign it?):")
        lines += RotaQuality(report: report, hub: hub).lines.map { "  " + $0 }
        lines.append("Objective by rule (weight × breach):")
        for rule in SoftRule.allCases {
            let value = solution.penalties[rule] ?? 0
            guard abs(value) > 1e-9 else { continue }
            lines.append("  \(rule.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)) \(number(value))")
        }
        let hard = report.hardViolations
        let matches = abs(report.objective - solution.objective) <= 1e-6 * max(1, abs(solution.objective))
        lines.append("Checker: \(hard.isEmpty ? "no hard-rule violations" : "\(hard.count) HARD-RULE VIOLATIONS")"
                     + "; objective \(number(report.objective)) \(matches ? "(agrees with the model)" : "(DIFFERS from the model's \(number(solution.objective)))")")
        for violation in hard.prefix(20) { lines.append("  ! \(violation.message)") }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func statusSentence(_ status: TerminationStatus) -> String {
        switch status {
        case .optimal: "optimal"
        case .gapReached: "within the requested gap of optimal"
        case .timeLimitWithSolution: "feasible, time limit reached (see gap)"
        case .timeLimitNoSolution: "no rota found in the time limit"
        case .nodeLimitWithSolution: "feasible, node limit reached (see gap)"
        case .nodeLimitNoSolution: "no rota found within the node limit"
        case .interrupted: "stopped early"
        case .infeasible: "infeasible"
        case .unbounded: "unbounded"
        case .solverError: "solver error"
        }
    }

    static func number(_ value: Double) -> String { CSVText.number(value) }
    static func percent(_ fraction: Double) -> String { "\(CSVText.number(fraction * 100))%" }
    static func seconds(_ value: Double) -> String { CSVText.number(value) }
}
