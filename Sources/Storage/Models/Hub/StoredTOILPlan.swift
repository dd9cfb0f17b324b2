import FluentKit
import Foundation

/// One row of `toil.csv` (table `hub_toil_plans`): the balance the manager keyed and the hours to plan back.
public final class StoredTOILPlan: Model, @unchecked Sendable {
    public static let schema = "hub_toil_plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "balance_hours") public var balanceHours: Double
    @Field(key: "plan_back_hours") public var planBackHours: Double
    /// The day the balance was earned, YYYY-MM-DD (`AddPayrollNumbersAndTOILEarnedDates`); nil when unknown.
    @OptionalField(key: "earned") public var earned: String?

    public init() {}
}
