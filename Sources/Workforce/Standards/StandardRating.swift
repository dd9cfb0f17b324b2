/// What an assessment records against one standard: the toolkit's Map (evidence notes and
/// links), Evaluate, Plan (actions) and Prioritise (risk). Empty until someone fills it in.
public struct StandardRating: Hashable, Sendable {
    /// The standard's number as published, such as `2.3`.
    public let standard: String
    /// Map: the practices, protocols and policies that show the standard is met.
    public let evidence: String
    /// Map: where that evidence is kept (links or document names), one per entry.
    public let links: [String]
    public let evaluation: StandardEvaluation?
    public let actions: [StandardAction]
    public let risk: StandardRisk?

    public init(standard: String, evidence: String = "", links: [String] = [], evaluation: StandardEvaluation? = nil,
                actions: [StandardAction] = [], risk: StandardRisk? = nil) {
        (self.standard, self.evidence, self.links, self.evaluation, self.actions, self.risk) = (standard, evidence, links, evaluation, actions, risk)
    }

    /// Whether nothing has been recorded.
    public var isEmpty: Bool { evidence.isEmpty && links.isEmpty && evaluation == nil && actions.isEmpty && risk == nil }

    /// The most characters a rating's evidence text may hold; a link or an action's text at most `lineLength`.
    public static let evidenceLength = 8_000
    public static let lineLength = 500
    /// The most links and actions one standard may hold.
    public static let maximumLinks = 20
    public static let maximumActions = 20
}
