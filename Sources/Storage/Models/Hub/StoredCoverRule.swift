import FluentKit
import Foundation

/// One row of `cover.csv` (table `hub_cover_rules`).
public final class StoredCoverRule: Model, @unchecked Sendable {
    public static let schema = "hub_cover_rules"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    /// `weekday`, `saturday`, `sunday` or `bank_holiday`.
    @Field(key: "day_type") public var dayType: String
    @Field(key: "shift_code") public var shiftCode: String
    @Field(key: "minimum") public var minimum: Int
    @Field(key: "target") public var target: Int
    /// The most AMHPs the shift may have; for a duty shift, the day's cap on people on duty.
    @Field(key: "maximum") public var maximum: Int
    @Field(key: "coordinator_required") public var coordinatorRequired: Bool
    @Field(key: "second_worker_available") public var secondWorkerAvailable: Bool

    public init() {}
}
