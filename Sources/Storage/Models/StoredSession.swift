import FluentKit
import Foundation

/// A sign-in or a calendar link (table `sessions`); the token itself is never stored.
public final class StoredSession: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    /// SHA-256 of the token, in hex.
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "user_id") public var userID: UUID
    /// `browser` (a sign-in) or `calendar` (an iCalendar subscription link).
    @Field(key: "kind") public var kind: String
    @Field(key: "created_at") public var createdAt: Date
    /// When a sign-in ends; nil for a calendar link, which lasts until it is replaced.
    @OptionalField(key: "expires_at") public var expiresAt: Date?

    public init() {}
}
