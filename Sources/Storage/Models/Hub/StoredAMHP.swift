import FluentKit
import Foundation

/// One row of `amhps.csv` (table `hub_amhps`); suspensions are in `hub_suspensions`.
public final class StoredAMHP: Model, @unchecked Sendable {
    public static let schema = "hub_amhps"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "name") public var name: String
    /// `local_authority` or `nhs`.
    @Field(key: "employment") public var employment: String
    /// The NHS trust's name; nil for the local authority.
    @OptionalField(key: "trust") public var trust: String?
    /// Local-authority FTE; nil for NHS AMHPs.
    @OptionalField(key: "fte") public var fte: Double?
    /// NHS shifts agreed a month; nil for local-authority AMHPs.
    @OptionalField(key: "shifts_per_month") public var shiftsPerMonth: Double?
    @Field(key: "profession") public var profession: String
    @Field(key: "grade") public var grade: String
    @OptionalField(key: "approval_start") public var approvalStart: String?
    @OptionalField(key: "approval_end") public var approvalEnd: String?
    @Field(key: "can_coordinate_days") public var canCoordinateDays: Bool
    @Field(key: "can_coordinate_nights") public var canCoordinateNights: Bool
    /// `yes`, `no` or `only`.
    @Field(key: "night_working") public var nightWorking: String
    @Field(key: "is_practice_educator") public var isPracticeEducator: Bool
    @OptionalField(key: "educator_id") public var educatorID: String?
    @Field(key: "opted_out_48h") public var optedOutOf48HourWeek: Bool
    /// The employer's payroll number (`AddPayrollNumbersAndTOILEarnedDates`); nil when not given.
    @OptionalField(key: "payroll_number") public var payrollNumber: String?

    public init() {}
}
