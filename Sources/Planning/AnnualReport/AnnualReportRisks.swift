import Workforce

/// The risks the annual report puts to the Director: those the figures show (a shortfall of FTE,
/// re-approvals due while under 18 hours, quarters the succession plan does not meet) and those the
/// self-assessment rated medium or high, each with its planned actions. Highest first.
enum AnnualReportRisks {
    static func risks(sufficiency: SufficiencySummary, succession: SuccessionSummary, ratings: [StandardRating]) -> [AnnualReport.Risk] {
        var risks: [AnnualReport.Risk] = []
        // gapFTE is needed − available: positive is short.
        if sufficiency.gapFTE > 0 {
            let range = sufficiency.sensitivity.map { " (the assumptions' range: \(NumberText.fixed($0.lowFTE)) to \(NumberText.fixed($0.highFTE)) FTE needed)" } ?? ""
            risks.append(AnnualReport.Risk(
                source: "Sufficiency", level: .high,
                text: "\(NumberText.fixed(sufficiency.gapFTE)) rota FTE short of the \(NumberText.fixed(sufficiency.neededFTE)) the demand needs in \(sufficiency.month)\(range).",
                actions: []))
        } else if let sensitivity = sufficiency.sensitivity, sensitivity.highFTE > sufficiency.availableFTE {
            risks.append(AnnualReport.Risk(
                source: "Sufficiency", level: .medium,
                text: "Enough on the central assumptions, but short if they are high: \(NumberText.fixed(sensitivity.highFTE)) FTE needed against \(NumberText.fixed(sufficiency.availableFTE)) available.",
                actions: []))
        }
        let dueWhileUnder = succession.register.entries.filter(\.reapprovalDueWhileUnder18)
        if !dueWhileUnder.isEmpty {
            risks.append(AnnualReport.Risk(
                source: "Re-approval", level: .medium,
                text: "\(dueWhileUnder.count) AMHP\(dueWhileUnder.count == 1 ? " is" : "s are") due for re-approval within a year while under 18 hours' training in the panel's twelve months.",
                actions: []))
        }
        let short = succession.trainingPlan.quarters.filter { !$0.meetsTarget }
        if let worst = short.max(by: { $0.shortBy < $1.shortBy }) {
            risks.append(AnnualReport.Risk(
                source: "Succession", level: short.count > succession.trainingPlan.quarters.count / 4 ? .high : .medium,
                text: "With the succession plan (training, recruitment, agency and extra NHS shifts; £\(NumberText.fixed(succession.trainingPlan.totalCost, 0)) in all), "
                    + "the median falls short of the target in \(short.count) of \(succession.trainingPlan.quarters.count) quarters, by up to \(NumberText.fixed(worst.shortBy)) FTE (\(worst.label)).",
                actions: []))
        }
        for rating in ratings {
            guard let risk = rating.risk, risk >= .medium else { continue }
            risks.append(AnnualReport.Risk(
                source: "Standard \(rating.standard)", level: risk,
                text: "Rated \(rating.evaluation?.label.lowercased() ?? "not evaluated") in the self-assessment.",
                actions: rating.actions.map { "\($0.text) (\($0.owner)\($0.due.map { ", by \($0)" } ?? ""); \($0.term.label.lowercased()))" }))
        }
        return risks.enumerated().sorted { ($0.element.level, -$0.offset) > ($1.element.level, -$1.offset) }.map(\.element)
    }
}
