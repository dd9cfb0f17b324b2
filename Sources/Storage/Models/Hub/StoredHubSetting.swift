import FluentKit
import Foundation

/// One numeric setting of `rules.yaml` (table `hub_settings`), by the key the rules file uses, so a
/// new setting needs no new column: each `working_time:` setting by its own key, and each
/// `unsocial_hours:` setting by its path (`UnsocialHoursSettings`). A flag is stored as 1 or 0, a
/// time of day as minutes after midnight.
public final class StoredHubSetting: Model, @unchecked Sendable {
    public static let schema = "hub_settings"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "hub_id") public var hub: StoredHub
    @Field(key: "position") public var position: Int
    /// The rules file's key, such as `minimum_rest_hours` or `unsocial_hours.la.night`.
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
