import FluentKit
import Foundation

/// An AMHP's request for leave (table `leave_requests`), and the manager's decision on it.
public final class StoredLeaveRequest: Model, @unchecked Sendable {
    public static let schema = "leave_requests"

    @ID(key: .id) public var id: UUID?
    @Field(key: "amhp_id") public var amhpID: String
    /// `annual`, `training`, `toil` or `other` (`Absence.Kind`).
    @Field(key: "kind") public var kind: String
    /// `YYYY-MM-DD`: the first day asked for.
    @Field(key: "start") public var start: String
    /// `YYYY-MM-DD`: the last day asked for.
    @Field(key: "end") public var end: String
    @Field(key: "note") public var note: String
    /// `pending`, `approved`, `declined` or `withdrawn` (`LeaveRequestStatus`).
    @Field(key: "status") public var status: String
    /// Whether it touched a published month when asked for.
    @Field(key: "change_request") public var changeRequest: Bool
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "decided_by") public var decidedBy: String?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "decision_note") public var decisionNote: String?
    /// The absence approving it recorded.
    @OptionalField(key: "absence_id") public var absenceID: String?

    public init() {}
}
