import FluentKit
import Foundation

/// One objective weight of `rules.yaml` (table `hub_weights`), by the key the rules file uses.
public final class StoredHubWeight: Model, @unchecked Sendable {
    public static let schema = "hub_weights"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    /// The rules file's key, such as `cover_below_minimum`.
    @Field(key: "key") public var key: String
    @Field(key: "value") public var value: Double

    public init() {}

    init(hubID: UUID, position: Int, key: String, value: Double) {
        self.$hub.id = hubID
        self.position = position
        self.key = key
        self.value = value
    }
}
