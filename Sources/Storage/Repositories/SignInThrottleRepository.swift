import Crypto
import FluentKit
import Foundation

/// Counts wrong passwords per user name and per client address over a sliding window, and says how
/// long a key must wait once it has had too many: the brute-force limit on every way of signing in.
///
/// Kept in the database so that several service instances enforce one limit, and so that a restart
/// does not reset it.
///
///     let throttle = SignInThrottleRepository(database: db)
///     if let wait = try await throttle.wait(for: [.user("sam", limit: 10), .address("10.0.0.7", limit: 30)], window: 900) { … 429 … }
///     try await throttle.recordFailure(for: keys)
public struct SignInThrottleRepository: Sendable {
    /// One thing attempts are counted against, and how many failures it may have in a window.
    public struct Key: Sendable, Hashable {
        public let name: String
        public let limit: Int

        /// Keys are stored as a SHA-256 of what was typed, so a user name of any length or with any
        /// character (a NUL, which PostgreSQL refuses to store) is counted like any other.
        public static func user(_ username: String, limit: Int) -> Key { Key(name: "user:" + digest(username.lowercased()), limit: limit) }
        public static func address(_ address: String, limit: Int) -> Key { Key(name: "address:" + digest(address), limit: limit) }

        static func digest(_ text: String) -> String {
            Hex.string(SHA256.hash(data: Data(text.utf8)))
        }
    }

    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Seconds until the first of `keys` that has reached its limit in the last `window` seconds may
    /// try again (the longest wait when several have), or nil when none has.
    public func wait(for keys: [Key], window: TimeInterval, now: Date = Date()) async throws -> TimeInterval? {
        var longest: TimeInterval?
        for key in keys {
            let recent = try await StoredSignInFailure.query(on: database)
                .filter(\.$key == key.name).filter(\.$failedAt > now.addingTimeInterval(-window))
                .sort(\.$failedAt, .descending).limit(key.limit).all()
            guard key.limit > 0, recent.count >= key.limit, let oldest = recent.last else { continue }
            // The key may try again once the oldest of its last `limit` failures leaves the window.
            let wait = max(1, oldest.failedAt.addingTimeInterval(window).timeIntervalSince(now))
            longest = max(longest ?? 0, wait)
        }
        return longest
    }

    /// Records one wrong password against every key, and forgets failures older than `window`.
    public func recordFailure(for keys: [Key], window: TimeInterval, now: Date = Date()) async throws {
        try await StorageTransaction.write(on: database) { transaction in
            try await StoredSignInFailure.query(on: transaction).filter(\.$failedAt < now.addingTimeInterval(-window)).delete()
            for key in keys {
                try await StoredSignInFailure(key: key.name, failedAt: now).create(on: transaction)
            }
        }
    }

    /// Forgets a key's failures: a user who signs in correctly starts again from nothing.
    public func clear(_ key: Key) async throws {
        try await StorageTransaction.write(on: database) { transaction in
            try await StoredSignInFailure.query(on: transaction).filter(\.$key == key.name).delete()
        }
    }
}
