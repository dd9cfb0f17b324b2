import FluentKit
import Foundation

/// One row of `shifts.csv` (table `hub_shift_types`).
public final class StoredShiftType: Model, @unchecked Sendable {
    public static let schema = "hub_shift_types"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// Minutes after midnight.
    @Field(key: "start_minutes") public var startMinutes: Int
    /// Minutes after midnight.
    @Field(key: "end_minutes") public var endMinutes: Int
    @Field(key: "is_night") public var isNight: Bool
    /// `rota` or `duty`.
    @Field(key: "kind") public var kind: String

    public init() {}
}
