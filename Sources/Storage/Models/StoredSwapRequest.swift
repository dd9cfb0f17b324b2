import FluentKit
import Foundation

/// A swap request as stored (table `swap_requests`): an AMHP's shift offered to anyone or
/// exchanged with a named colleague's, and where the request stands (`SwapStatus`).
public final class StoredSwapRequest: Model, @unchecked Sendable {
    public static let schema = "swap_requests"

    @ID(key: .id) public var id: UUID?
    /// `YYYY-MM`: the published rota's month.
    @Field(key: "month") public var month: String
    /// `SwapKind`.
    @Field(key: "kind") public var kind: String
    /// `SwapStatus`.
    @Field(key: "status") public var status: String
    @Field(key: "from_amhp_id") public var fromAMHPID: String
    /// `YYYY-MM-DD`.
    @Field(key: "from_date") public var fromDate: String
    @Field(key: "from_shift") public var fromShift: String
    @OptionalField(key: "to_amhp_id") public var toAMHPID: String?
    @OptionalField(key: "to_date") public var toDate: String?
    @OptionalField(key: "to_shift") public var toShift: String?
    @Field(key: "notes") public var notes: String
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    @OptionalField(key: "accepted_by") public var acceptedBy: String?
    @OptionalField(key: "accepted_at") public var acceptedAt: Date?
    @OptionalField(key: "decided_by") public var decidedBy: String?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "decision_note") public var decisionNote: String?
    @Field(key: "overrode") public var overrode: Bool
    @Field(key: "based_on") public var basedOn: UUID
    @OptionalField(key: "version_id") public var versionID: UUID?

    public init() {}
}
