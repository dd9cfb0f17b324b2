import FluentKit
import Foundation

/// A cell of a rota a manager has pinned (table `rota_pins`): this AMHP works this shift on this
/// date, or (no shift) is off. Kept with the rota so every re-solve of it keeps the cell.
public final class StoredRotaPin: Model, @unchecked Sendable {
    public static let schema = "rota_pins"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "rota_id") public var rota: StoredRota
    @Field(key: "amhp_id") public var amhpID: String
    /// `YYYY-MM-DD`.
    @Field(key: "date") public var date: String
    /// The shift pinned; null for "off".
    @OptionalField(key: "shift_code") public var shiftCode: String?

    public init() {}
}
