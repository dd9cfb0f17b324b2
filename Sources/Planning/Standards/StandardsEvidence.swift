import Workforce

/// Figures from the service's own data that bear on the Service Standards, dated: what an
/// assessment's Map can cite rather than retype. Each item names its standard, what it measures,
/// the figure, how it was reached and from which data, and whether it is a concern.
public struct StandardsEvidence: Codable, Hashable, Sendable {
    /// The day the figures describe (`YYYY-MM-DD`).
    public let asOf: String
    public let items: [StandardsEvidenceItem]

    public init(asOf: LocalDate, items: [StandardsEvidenceItem]) {
        (self.asOf, self.items) = (asOf.description, items)
    }

    /// The items bearing on one standard, in the order they were found.
    public func items(for standard: String) -> [StandardsEvidenceItem] { items.filter { $0.standard == standard } }
}

/// One figure: for standard `standard`, `measure` was `value` (`detail` says of what), from `source`.
public struct StandardsEvidenceItem: Codable, Hashable, Sendable {
    public let standard: String
    /// A stable key for the measure (such as `coordinator_share`), for comparing assessments.
    public let key: String
    public let measure: String
    public let value: String
    public let detail: String
    public let source: String
    /// Whether the figure falls short of the standard (or the service's own minimum).
    public let concern: Bool
    /// The AMHPs a lead must act on (warrants due, under 18 hours, below practice currency), kept
    /// apart from `detail` so that only leads and managers are shown who they are.
    public let amhpIDs: [String]

    public init(standard: String, key: String, measure: String, value: String, detail: String, source: String, concern: Bool,
                amhpIDs: [String] = []) {
        (self.standard, self.key, self.measure, self.value, self.detail, self.source, self.concern) = (standard, key, measure, value, detail, source, concern)
        self.amhpIDs = amhpIDs
    }
}
