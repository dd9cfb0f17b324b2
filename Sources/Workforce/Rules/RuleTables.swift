/// The rule vocabulary as docs/model.md's tables and `amhp rules` print it, so the page and the
/// code cannot drift apart (a test compares them).
public enum RuleTables {
    /// The hard rules a rota's shifts can break, as a Markdown table: every rule but the rota
    /// file's own errors (unknown AMHP, shift or date), which the page describes in words.
    public static var hardRulesMarkdown: String {
        let rows = HardRule.allCases.filter { !$0.isRotaFileError }.map { rule in
            row(["`\(rule.key)`", rule.name, rule.sentence, rule.source.citation])
        }
        return (["| id | rule | in words | source |", "|---|---|---|---|"] + rows).joined(separator: "\n")
    }

    /// The soft rules in priority order with their default weights, as a Markdown table.
    public static var softRulesMarkdown: String {
        let rows = SoftRule.allCases.map { rule in
            row(["\(rule.priority)", "`\(rule.key)`", number(rule.defaultWeight), rule.unit, rule.sentence, rule.source.citation])
        }
        return (["| priority | key | default | penalty | the breach | source |", "|---|---|---|---|---|---|"] + rows)
            .joined(separator: "\n")
    }

    /// Every rule as plain text for a terminal, the hub's own weights beside the soft rules.
    public static func text(weights: ObjectiveWeights = ObjectiveWeights()) -> String {
        var lines = ["Hard rules (never broken):"]
        for rule in HardRule.allCases {
            let source = rule.source.citation
            lines.append("  \(rule.key) (\(rule.name)\(source.isEmpty ? "" : "; \(source)"))")
            lines.append("    \(plain(rule.sentence))")
        }
        lines.append("Soft rules (weighed, in priority order; weight × size of the breach):")
        for rule in SoftRule.allCases {
            lines.append("  \(rule.priority). \(rule.key): weight \(number(weights[rule])) \(rule.unit) (\(rule.source.citation))")
            lines.append("    \(plain(rule.sentence))")
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " |" : " \($0) |" }.joined()
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Markdown's code and bold marks taken out for the terminal.
    private static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "")
    }
}
