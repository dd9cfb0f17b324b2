import FluentKit
import Foundation

/// One row of `requests.csv` (table `hub_requests`).
public final class StoredShiftRequest: Model, @unchecked Sendable {
    public static let schema = "hub_requests"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "date") public var date: String
    /// Nil for "any shift".
    @OptionalField(key: "shift_code") public var shiftCode: String?
    /// `want` or `avoid`.
    @Field(key: "preference") public var preference: String
    @Field(key: "weight") public var weight: Int

    public init() {}
}
