import FluentKit
import Foundation

/// The hub and the scalar settings of its `rules.yaml` (table `hubs`).
///
/// A database holds one hub: `amhp import` replaces it whole. Working-time settings, weights and bank-holiday changes,
/// and every CSV file's rows, are in the `hub_*` tables, each row with its `position` in its file.
public final class StoredHub: Model, @unchecked Sendable {
    public static let schema = "hubs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "standard_week_hours") public var standardWeekHours: Double
    /// TOIL cap in hundredths of an hour (`toil.cap_hours`).
    @Field(key: "toil_cap_hundredths") public var toilCapHundredths: Int
    @Field(key: "toil_window_days") public var toilWindowDays: Int
    @Field(key: "toil_bank_holiday_credit_hundredths") public var toilBankHolidayCreditHundredths: Int
    /// `alert`, `forfeit` or `pay_out`.
    @Field(key: "toil_expiry") public var toilExpiry: String
    /// `duty` or `unplanned` (`hub.surplus_hours`); nil when the rules file leaves it to shifts.csv.
    @OptionalField(key: "surplus_hours") public var surplusHours: String?
    @Field(key: "imported_at") public var importedAt: Date
    @Field(key: "imported_by") public var importedBy: String

    public init() {}
}
