import FluentKit
import Foundation

/// One row of `leave.csv` (table `hub_absences`).
public final class StoredAbsence: Model, @unchecked Sendable {
    public static let schema = "hub_absences"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    /// `annual`, `sickness`, `training`, `toil` or `other`.
    @Field(key: "kind") public var kind: String
    @Field(key: "first_date") public var firstDate: String
    @Field(key: "last_date") public var lastDate: String
    @Field(key: "note") public var note: String

    public init() {}
}
