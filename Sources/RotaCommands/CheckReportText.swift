import RotaCheck
import Workforce

/// The words `amhp check` prints: every violation, hard first, then the cover met and the
/// objective, and the quality section a manager reads before signing (as `amhp rota` prints it).
enum CheckReportText {
    static func make(_ report: CheckReport, hub: Hub, rotaPath: String) -> String {
        var lines = ["Checked \(rotaPath) for \(report.month): \(report.hardViolations.count) hard, \(report.violations.count - report.hardViolations.count) soft violations."]
        let hard = report.hardViolations
        if !hard.isEmpty {
            lines.append("Hard rules broken (the rota must change):")
            lines += hard.map { "  [\($0.rule)] \($0.message)" }
        }
        let soft = report.violations.filter { $0.severity == .soft }
        if !soft.isEmpty {
            lines.append("Soft rules (penalty):")
            lines += soft.map { "  [\($0.rule)] \($0.message) (penalty \(CSVNumber.format($0.penalty)))" }
        }
        lines.append("Cover met at minimum on \(CSVNumber.format(report.coverMetFraction * 100))% of shifts. Objective \(CSVNumber.format(report.objective)).")
        lines.append("Quality (would a manager sign it?):")
        lines += RotaQuality(report: report, hub: hub).lines.map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
