/// A kind of referral with its own place in the queue and its own response target (issue 18: a
/// section 136 detention has a legal clock, a planned community assessment does not need a 6-hour
/// response). Classes are listed in planning.yaml in the order they are served: a free team takes
/// the longest-waiting referral of the first class that has one waiting.
public struct PriorityClass: Hashable, Sendable {
    /// A short key (`s136`), unique among the classes.
    public var name: String
    /// Words for people (`Section 136 (police)`).
    public var label: String
    /// Texts looked for, case-insensitively, in a referral's `source`; a referral belongs to the
    /// first class with a match, and to the last class when none matches.
    public var sources: [String]
    /// The time within which a referral of this class counts as picked up in time.
    public var withinHours: Double
    /// The class's own least share picked up in time; nil when it counts only in the overall share.
    public var share: Double?

    public init(name: String, label: String, sources: [String], withinHours: Double, share: Double? = nil) {
        self.name = name
        self.label = label
        self.sources = sources
        self.withinHours = withinHours
        self.share = share
    }

    /// The one queue a hub without classes has: every referral, in order of arrival, with the
    /// response target's time.
    public static func everyReferral(within hours: Double) -> PriorityClass {
        PriorityClass(name: "all", label: "all referrals", sources: [], withinHours: hours)
    }

    /// Whether `source` names this class (an empty list of texts matches nothing).
    public func matches(_ source: String) -> Bool {
        let text = source.lowercased()
        return sources.contains { text.contains($0.lowercased()) }
    }
}

extension PlanningSettings {
    /// The classes demand is split into, served in this order; the one queue when none are set.
    public var priorityClasses: [PriorityClass] {
        priorities.isEmpty ? [.everyReferral(within: response.withinHours)] : priorities
    }
}
