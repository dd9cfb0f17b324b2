import Foundation

/// Where a draft came from when it is a change to another rota rather than a fresh plan: a
/// re-plan of the month's published rota. Publishing the draft makes a version of this `kind`.
public struct DraftOrigin: Hashable, Sendable {
    /// The rota the draft was made from (the published version re-planned).
    public let basedOn: UUID
    public let kind: RotaChangeKind
    /// Why, in words: "Re-planned from 2026-12-14".
    public let reason: String

    public init(basedOn: UUID, kind: RotaChangeKind, reason: String) {
        self.basedOn = basedOn
        self.kind = kind
        self.reason = reason
    }
}
