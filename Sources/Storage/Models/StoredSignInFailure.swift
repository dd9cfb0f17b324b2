import FluentKit
import Foundation

/// One failed sign-in under one key (table `sign_in_failures`): `user:NAME` or `address:IP`.
public final class StoredSignInFailure: Model, @unchecked Sendable {
    public static let schema = "sign_in_failures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Field(key: "failed_at") public var failedAt: Date

    public init() {}

    init(key: String, failedAt: Date) {
        self.key = key
        self.failedAt = failedAt
    }
}
