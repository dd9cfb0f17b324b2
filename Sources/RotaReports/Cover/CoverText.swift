import Workforce

/// The words `amhp cover` prints, and the phrases the pages and API share: a signed objective change,
/// the soft rules strained, the hard rules broken.
public enum CoverText {
    /// "+12.5", "-50", "0": the objective change, signed so that a saving reads as one.
    public static func change(_ value: Double) -> String {
        let text = CSVNumber.format(value)
        return value > ChangeEvaluator.tolerance ? "+" + text : (abs(value) <= ChangeEvaluator.tolerance ? "0" : text)
    }

    /// "cover_above_target +10, unfair_nights +2.5", or "none".
    public static func strains(_ effect: ChangeEffect) -> String {
        effect.strains.isEmpty ? "none"
            : effect.strains.map { "\($0.rule.key) \(change($0.penaltyChange))" }.joined(separator: ", ")
    }

    /// "breaks rest.daily, rest.weekly", or the signed change for a legal choice.
    public static func verdict(_ effect: ChangeEffect) -> String {
        effect.breaksHardRule ? "breaks " + effect.brokenRuleKeys.joined(separator: ", ") : change(effect.objectiveChange)
    }

    /// The ranked table for one shift, then who is on it and who cannot and why.
    public static func options(_ options: CoverOptions, hub: Hub) -> String {
        let calendar = hub.calendar(for: Month(containing: options.date))
        let when = "\(options.date.weekday.shortName) \(options.date)" + (calendar.bankHolidayName(options.date).map { " (\($0))" } ?? "")
        var lines = ["Who can cover \(options.shiftName) (\(options.shiftCode)) on \(when): \(options.assigned) on it, minimum \(options.minimum)."]
        let names = Dictionary(hub.amhps.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        if !options.onShift.isEmpty {
            lines.append("On it: " + options.onShift.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ") + ".")
        }
        lines.append("Can cover, cheapest first (objective change; soft rules strained):")
        if options.candidates.isEmpty { lines.append("  nobody") }
        for (rank, candidate) in options.candidates.enumerated() {
            lines.append("  \(rank + 1). \(candidate.name) (\(candidate.amhpID)): \(change(candidate.effect.objectiveChange)); \(strains(candidate.effect))")
        }
        lines.append("Cannot:")
        if options.cannot.isEmpty { lines.append("  nobody") }
        for person in options.cannot {
            var line = "  \(person.name) (\(person.amhpID)): \(person.reason.phrase)"
            if case .hardRule(let rule, let message) = person.reason { line += " [\(rule.key)] \(message)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The picker's choices for one cell: each shift and off, with what it breaks or costs.
    public static func choices(_ effects: [ChangeEffect], amhp: AMHP, date: LocalDate, current: String?, hub: Hub) -> String {
        var lines = ["Choices for \(amhp.name) (\(amhp.id)) on \(date.weekday.shortName) \(date), now \(current ?? "off") (objective change; soft rules strained):"]
        for effect in effects {
            let label = effect.choice.shiftCode.flatMap { code in hub.shiftType(code).map { "\(code) \($0.name)" } } ?? "off"
            let now = effect.choice.shiftCode == current ? " (now)" : ""
            if effect.breaksHardRule {
                lines.append("  \(label)\(now): breaks " + effect.newHardViolations.map { "[\($0.rule)] \($0.message)" }.joined(separator: " "))
            } else {
                lines.append("  \(label)\(now): \(change(effect.objectiveChange)); \(strains(effect))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
