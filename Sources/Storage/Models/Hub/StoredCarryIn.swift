import FluentKit
import Foundation

/// One row of `carry_in.csv` (table `hub_carry_in`): a shift worked just before the month.
public final class StoredCarryIn: Model, @unchecked Sendable {
    public static let schema = "hub_carry_in"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "date") public var date: String
    @Field(key: "shift_code") public var shiftCode: String
    @Field(key: "is_coordinator") public var isCoordinator: Bool

    public init() {}
}
