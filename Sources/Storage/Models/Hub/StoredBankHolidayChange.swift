import FluentKit
import Foundation

/// A bank holiday added or removed in `rules.yaml` (table `hub_bank_holiday_changes`).
public final class StoredBankHolidayChange: Model, @unchecked Sendable {
    public static let schema = "hub_bank_holiday_changes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    /// `add` or `remove`.
    @Field(key: "change") public var change: String
    /// `YYYY-MM-DD`.
    @Field(key: "date") public var date: String
    /// The added day's name; empty for a removal.
    @Field(key: "name") public var name: String

    public init() {}

    init(hubID: UUID, position: Int, change: String, date: String, name: String) {
        self.$hub.id = hubID
        self.position = position
        self.change = change
        self.date = date
        self.name = name
    }
}
