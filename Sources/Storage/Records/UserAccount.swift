import Foundation

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

    public init(id: UUID, username: String, displayName: String, role: UserRole, amhpID: String?, createdAt: Date) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.amhpID = amhpID
        self.createdAt = createdAt
    }

    init(_ row: StoredUser) throws {
        self.init(id: row.id ?? UUID(), username: row.username, displayName: row.displayName,
                  role: try StoredValue.choice(row.role, as: UserRole.self, table: StoredUser.schema, field: "role"),
                  amhpID: row.amhpID, createdAt: row.createdAt)
    }
}
