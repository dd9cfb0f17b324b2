/// How far a service meets a standard: the toolkit's four levels of "Evaluate", in its words.
public enum StandardEvaluation: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case notAtAll = "not_at_all"
    case partially
    case toAGreaterExtent = "to_a_greater_extent"
    case consistently

    /// The toolkit's label.
    public var label: String {
        switch self {
        case .notAtAll: "Not at all"
        case .partially: "Partially"
        case .toAGreaterExtent: "To a greater extent"
        case .consistently: "Consistently and to a high standard"
        }
    }

    /// 1 (not at all) to 4 (consistently), for averages and for telling progress.
    public var level: Int {
        switch self {
        case .notAtAll: 1
        case .partially: 2
        case .toAGreaterExtent: 3
        case .consistently: 4
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.level < rhs.level }
}

/// The toolkit's "Prioritise": the risk to AMHPs, the service and the authority if the standard
/// stays as it is.
public enum StandardRisk: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// Named so, not `none`, which an optional risk would read as nil.
    case noRisk = "none"
    case low
    case medium
    case high

    public var label: String {
        switch self {
        case .noRisk: "No risk"
        case .low: "Low (small improvements required)"
        case .medium: "Medium (no immediate risks, but potential for greater risk if not addressed)"
        case .high: "High (clear risk to all or part of the service)"
        }
    }

    /// The first word of the label, for tables.
    public var shortLabel: String {
        switch self {
        case .noRisk: "None"
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }

    public var level: Int {
        switch self {
        case .noRisk: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.level < rhs.level }
}

/// The toolkit's terms for a planned action.
public enum StandardActionTerm: String, CaseIterable, Codable, Hashable, Sendable {
    case short
    case medium
    case long

    public var label: String {
        switch self {
        case .short: "Short term"
        case .medium: "Medium term"
        case .long: "Long term"
        }
    }
}
