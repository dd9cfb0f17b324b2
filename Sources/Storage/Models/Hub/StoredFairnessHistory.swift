import FluentKit
import Foundation

/// One row of `history.csv` (table `hub_fairness_history`).
public final class StoredFairnessHistory: Model, @unchecked Sendable {
    public static let schema = "hub_fairness_history"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "months") public var months: Int
    @Field(key: "nights") public var nights: Int
    @Field(key: "weekend_shifts") public var weekendShifts: Int
    @Field(key: "bank_holiday_shifts") public var bankHolidayShifts: Int
    @Field(key: "worked_last_festive") public var workedLastFestive: Bool

    public init() {}
}
