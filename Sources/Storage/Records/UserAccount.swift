import Foundation
import SQLKit

/// What a user may do in the service.
public enum UserRole: String, CaseIterable, Codable, Hashable, Sendable {
    /// Team manager: plans, edits and publishes rotas.
    case manager
    /// AMHP lead or service manager: sufficiency and succession reports.
    case lead
    /// HR or business support: the TOIL ledger and payroll exports.
    case hr
    /// An AMHP: their own rota and requests only.
    case amhp
}

/// A user as the service sees one; the password hash never leaves the repository.
public struct UserAccount: Hashable, Sendable {
    public let id: UUID
    public let username: String
    public let displayName: String
    public let role: UserRole
    /// The AMHP this user is, for role `amhp`.
    public let amhpID: String?
    public let createdAt: Date
    /// Where changes to the user's shifts are mailed; nil for none (`EmailAddress` checks it).
    public let email: String?
    /// When the user last looked at the changes to their shifts; nil for never.
    public let changesSeenAt: Date?
    /// When a manager disabled the user; nil while they may sign in.
    public let disabledAt: Date?

    /// Whether the user may sign in.
    public var isEnabled: Bool { disabledAt == nil }

    public init(id: UUID, username: String, displayName: String, role: UserRole, amhpID: String?, createdAt: Date,
                email: String? = nil, changesSeenAt: Date? = nil, disabledAt: Date? = nil) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.amhpID = amhpID
        self.createdAt = createdAt
        self.email = email
        self.changesSeenAt = changesSeenAt
        self.disabledAt = disabledAt
    }

    /// A `users` row read by plain SQL (the session check joins it to the session).
    init(row: any SQLRow) throws {
        self.init(id: try row.decode(column: "id", as: UUID.self), username: try row.decode(column: "username", as: String.self),
                  displayName: try row.decode(column: "display_name", as: String.self),
                  role: try StoredValue.choice(try row.decode(column: "role", as: String.self), as: UserRole.self,
                                               table: StoredUser.schema, field: "role"),
                  amhpID: try row.decode(column: "amhp_id", as: String?.self), createdAt: try row.decode(column: "created_at", as: Date.self),
                  email: try row.decode(column: "email", as: String?.self),
                  changesSeenAt: try row.decode(column: "changes_seen_at", as: Date?.self),
                  disabledAt: try row.decode(column: "disabled_at", as: Date?.self))
    }

    init(_ row: StoredUser) throws {
        self.init(id: row.id ?? UUID(), username: row.username, displayName: row.displayName,
                  role: try StoredValue.choice(row.role, as: UserRole.self, table: StoredUser.schema, field: "role"),
                  amhpID: row.amhpID, createdAt: row.createdAt, email: row.email, changesSeenAt: row.changesSeenAt,
                  disabledAt: row.disabledAt)
    }
}
