import Crypto
import FluentKit
import Foundation
import SQLKit

/// What a session token lets its holder do.
public enum SessionKind: String, Sendable, CaseIterable {
    /// A sign-in: every route the user's role allows, until it expires or the user signs out.
    case browser
    /// An iCalendar subscription link: the user's own published rota as `.ics`, and nothing else.
    case calendar
}

/// Sign-ins and calendar links. A token is 32 random bytes shown once to its holder; only its
/// SHA-256 is stored, so a copy of the database opens no one's account.
///
///     let sessions = SessionRepository(database: db)
///     let token = try await sessions.start(for: user, kind: .browser, lifetime: 8 * 3600)
///     let same = try await sessions.user(for: token, kind: .browser)      // the user, until expiry
public struct SessionRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Starts a session and returns its token; a calendar link replaces the user's previous one.
    /// Logged as `session.start` or `calendar.link`.
    public func start(for user: UserAccount, kind: SessionKind, lifetime: TimeInterval? = nil,
                      at date: Date = Date()) async throws -> String {
        let token = Self.newToken()
        let now = StoredValue.moment(date)
        try await StorageTransaction.write(on: database) { transaction in
            // Sign-ins that have run out are cleared as new ones start, so the table does not grow for ever.
            try await StoredSession.query(on: transaction).filter(\.$expiresAt != nil).filter(\.$expiresAt <= now).delete()
            if kind == .calendar {
                try await StoredSession.query(on: transaction)
                    .filter(\.$userID == user.id).filter(\.$kind == kind.rawValue).delete()
            }
            let row = StoredSession()
            (row.tokenHash, row.userID, row.kind, row.createdAt) = (Self.hash(token), user.id, kind.rawValue, now)
            row.expiresAt = lifetime.map { StoredValue.moment(now.addingTimeInterval($0)) }
            try await row.create(on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: user.username,
                                                action: kind == .calendar ? "calendar.link" : "session.start",
                                                subject: "user:\(user.username)", at: now, detail: [:])
        }
        return token
    }

    /// The user a live token of this kind belongs to; nil for an unknown, expired or other-kind token,
    /// or a disabled user.
    ///
    /// Asked on every signed-in request, so it is one plain SQL query of the session and its user
    /// together rather than two Fluent model queries.
    public func user(for token: String, kind: SessionKind, at date: Date = Date()) async throws -> UserAccount? {
        let sessions = StoredSession.schema, users = StoredUser.schema
        guard let row = try await SQLFlavour.sql(database).raw("""
            SELECT s.expires_at AS session_expires_at, u.* FROM \(ident: sessions) s JOIN \(ident: users) u ON u.id = s.user_id
            WHERE s.token_hash = \(bind: Self.hash(token)) AND s.kind = \(bind: kind.rawValue)
            """).first()
        else { return nil }
        if let expiry = try row.decode(column: "session_expires_at", as: Date?.self), expiry <= date { return nil }
        // A disabled user's sessions were ended when they were disabled; this keeps any other out too.
        let account = try UserAccount(row: row)
        return account.isEnabled ? account : nil
    }

    /// Whether the user has a calendar link (its token cannot be shown again, only replaced).
    public func hasCalendarLink(for user: UserAccount) async throws -> Bool {
        try await StoredSession.query(on: database)
            .filter(\.$userID == user.id).filter(\.$kind == SessionKind.calendar.rawValue).first() != nil
    }

    /// Ends a sign-in (signing out); unknown tokens are ignored. Logged as `session.end`.
    public func end(token: String, by actor: String, at date: Date = Date()) async throws {
        let now = StoredValue.moment(date)
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await StoredSession.query(on: transaction)
                .filter(\.$tokenHash == Self.hash(token)).first() else { return }
            try await row.delete(on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "session.end",
                                                subject: "user:\(actor)", at: now, detail: [:])
        }
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.string((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    static func hash(_ token: String) -> String {
        Hex.string(SHA256.hash(data: Data(token.utf8)))
    }
}
