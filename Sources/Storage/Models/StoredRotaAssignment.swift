import FluentKit
import Foundation

/// One AMHP on one shift of a stored rota (table `rota_assignments`).
public final class StoredRotaAssignment: Model, @unchecked Sendable {
    public static let schema = "rota_assignments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "rota_id") public var rota: StoredRota
    @Field(key: "amhp_id") public var amhpID: String
    /// `YYYY-MM-DD`, the day the shift starts.
    @Field(key: "date") public var date: String
    @Field(key: "shift_code") public var shiftCode: String
    @Field(key: "is_coordinator") public var isCoordinator: Bool

    public init() {}
}
