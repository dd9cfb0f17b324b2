/// Plain-English sentences for a short shift, shared by the text report and the HTML page.
public enum ShortfallText {
    /// "short by 1 (1 of 2 AMHPs); no coordinator".
    public static func headline(_ explanation: ShortfallExplanation) -> String {
        var parts: [String] = []
        if explanation.shortBy > 0 {
            parts.append("short by \(explanation.shortBy) (\(explanation.assigned) of \(explanation.minimum) AMHPs)")
        }
        if explanation.missingCoordinator { parts.append("no coordinator on shift") }
        return parts.joined(separator: "; ")
    }

    /// "Of 37 who could be asked: annual leave 9 (A04, A11, …); on the day shift 6 (…); …".
    public static func reasons(_ explanation: ShortfallExplanation) -> String {
        let groups = Dictionary(grouping: explanation.candidates, by: \.reason.category)
        let ordered = groups.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        let parts = ordered.map { _, candidates -> String in
            let phrase = candidates[0].reason.phrase
            let names = candidates.prefix(6).map(\.amhpID).joined(separator: ", ") + (candidates.count > 6 ? ", …" : "")
            return "\(phrase) \(candidates.count) (\(names))"
        }
        let who = explanation.missingCoordinator && explanation.shortBy == 0 ? "coordinators" : "AMHPs"
        return "Other \(who): " + (parts.isEmpty ? "none on the rota." : parts.joined(separator: "; ") + ".")
    }
}
