import FluentKit
import Foundation

/// A person who signs in to the service (table `users`). The password is kept only as a bcrypt hash.
public final class StoredUser: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Unique; how the person signs in.
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    /// bcrypt hash (`$2b$…`); verify with `UserRepository.verify(username:password:)`.
    @Field(key: "password_hash") public var passwordHash: String
    /// `manager`, `lead`, `hr` or `amhp` (`UserRole`).
    @Field(key: "role") public var role: String
    /// The AMHP this user is, for role `amhp`; nil for every other role.
    @OptionalField(key: "amhp_id") public var amhpID: String?
    /// Where changes to the user's shifts are mailed; nil for none.
    @OptionalField(key: "email") public var email: String?
    /// When the user last looked at the changes to their shifts on /my; nil for never.
    @OptionalField(key: "changes_seen_at") public var changesSeenAt: Date?
    /// When a manager disabled the user; nil while the user is enabled (may sign in).
    @OptionalField(key: "disabled_at") public var disabledAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
