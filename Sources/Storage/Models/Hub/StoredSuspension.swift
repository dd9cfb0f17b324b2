import FluentKit
import Foundation

/// A period an AMHP's approval is suspended (table `hub_suspensions`).
public final class StoredSuspension: Model, @unchecked Sendable {
    public static let schema = "hub_suspensions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    @Field(key: "amhp_id") public var amhpID: String
    @Field(key: "first_date") public var firstDate: String
    @Field(key: "last_date") public var lastDate: String

    public init() {}

    init(hubID: UUID, position: Int, amhpID: String, firstDate: String, lastDate: String) {
        self.$hub.id = hubID
        self.position = position
        self.amhpID = amhpID
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
