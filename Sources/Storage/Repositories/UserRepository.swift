import FluentKit
import Foundation
import NIOPosix
import class Vapor.BCryptDigest
import Workforce

/// The service's users: who they are, their role, and a bcrypt hash of their password.
///
///     let users = UserRepository(database: db)
///     try await users.create(username: "sam", displayName: "Sam Patel", password: secret, role: .manager, by: "setup")
///     let signedIn = try await users.verify(username: "sam", password: typed)   // nil when wrong
public struct UserRepository: Sendable {
    public let database: any Database
    /// bcrypt's cost: 12 (4,096 rounds) by default; tests may lower it to 4, the least bcrypt allows.
    public let passwordCost: Int

    /// The shortest password accepted.
    public static let minimumPasswordLength = PasswordPolicy.minimumLength

    public init(database: any Database, passwordCost: Int = 12) {
        self.database = database
        self.passwordCost = passwordCost
    }

    /// Adds a user, logged as `user.create`.
    ///
    /// - Throws: `StorageError.invalidUser` for a blank name, a short password, or an AMHP id given
    ///   for any role but `amhp` (or missing for it); `StorageError.duplicateUsername`;
    ///   `StorageError.roundTripFailed` when a value would not read back as written.
    @discardableResult
    public func create(username: String, displayName: String, password: String, role: UserRole, amhpID: String? = nil,
                       by actor: String, at date: Date = Date()) async throws -> UserAccount {
        let date = StoredValue.moment(date)
        try Self.validate(username: username, displayName: displayName, role: role, amhpID: amhpID)
        let hash = try await hashPassword(password, username: username)
        return try await StorageTransaction.write(on: database) { transaction in
            guard try await Self.row(username, on: transaction) == nil else { throw StorageError.duplicateUsername(username) }
            let row = StoredUser()
            (row.username, row.displayName, row.passwordHash) = (username, displayName, hash)
            (row.role, row.amhpID, row.createdAt, row.updatedAt) = (role.rawValue, amhpID, date, date)
            try await row.create(on: transaction)
            let account = try UserAccount(row)
            try await Self.checkRoundTrip(row, holding: account, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "user.create", subject: "user:\(username)",
                                                at: date, detail: ["role": role.rawValue, "amhp_id": amhpID ?? ""])
            return account
        }
    }

    /// The user with this user name, if any.
    public func user(username: String) async throws -> UserAccount? {
        try await Self.row(username, on: database).map(UserAccount.init)
    }

    /// The user with this id, if any.
    public func user(id: UUID) async throws -> UserAccount? {
        try await StoredUser.find(id, on: database).map(UserAccount.init)
    }

    /// Every user, by user name.
    public func users() async throws -> [UserAccount] {
        try await StoredUser.query(on: database).sort(\.$username).all().map(UserAccount.init)
    }

    /// The user, when the password is theirs; nil for an unknown user or a wrong password.
    ///
    /// An unknown user costs as much time as a wrong password, so timing does not reveal who exists.
    /// bcrypt runs on NIO's blocking thread pool, never on the caller's event loop, so sign-ins
    /// (right or wrong) do not hold up other requests.
    public func verify(username: String, password: String) async throws -> UserAccount? {
        let row = try await Self.row(username, on: database)
        let hash = row?.passwordHash ?? Self.unknownUserHash
        let matches = try await NIOThreadPool.singleton.runIfActive { (try? BCryptDigest().verify(password, created: hash)) ?? false }
        // A disabled user's right password is refused like a wrong one (and counted as one).
        guard let row, matches, row.disabledAt == nil else { return nil }
        return try UserAccount(row)
    }

    /// Sets a new password, logged as `user.password`.
    public func changePassword(username: String, to password: String, by actor: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        let hash = try await hashPassword(password, username: username)
        try await update(username, by: actor, at: date, action: "user.password", detail: [:]) { $0.passwordHash = hash }
    }

    /// Gives a user another role (and AMHP id, for role `amhp`), logged as `user.role`.
    ///
    /// - Throws: `UserAccessRefusal.lastEnabledManager` when it would leave no enabled manager.
    public func changeRole(username: String, to role: UserRole, amhpID: String? = nil, by actor: String,
                           at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try Self.validate(username: username, displayName: username, role: role, amhpID: amhpID)
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await Self.row(username, on: transaction) else { throw StorageError.unknownUser(username) }
            if role != .manager { try await UserAccessRules.keepsAnEnabledManager(without: row, on: transaction) }
            (row.role, row.amhpID, row.updatedAt) = (role.rawValue, amhpID, date)
            try await row.update(on: transaction)
            try await Self.checkRoundTrip(row, holding: try UserAccount(row), on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "user.role", subject: "user:\(username)",
                                                at: date, detail: ["role": role.rawValue, "amhp_id": amhpID ?? ""])
        }
    }

    /// Sets or clears (nil) the address changes to the user's shifts are mailed to, logged as `user.email`.
    ///
    /// - Throws: `StorageError.invalidUser` when `EmailAddress` refuses it; `StorageError.unknownUser`.
    public func changeEmail(username: String, to email: String?, by actor: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        if let email, let problem = EmailAddress.problem(with: email) { throw StorageError.invalidUser(field: "email", problem: problem) }
        try await update(username, by: actor, at: date, action: "user.email", detail: ["email": email ?? ""]) { $0.email = email }
    }

    /// Records that the user looked at the changes to their shifts at `date`. Not audited: it is a
    /// reading, not a change anyone answers for. Read back before commit.
    public func markChangesSeen(username: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await Self.row(username, on: transaction) else { throw StorageError.unknownUser(username) }
            row.changesSeenAt = date
            try await row.update(on: transaction)
            try await Self.checkRoundTrip(row, holding: try UserAccount(row), on: transaction)
        }
    }

    func update(_ username: String, by actor: String, at date: Date, action: String, detail: [String: String],
                        _ change: @escaping @Sendable (StoredUser) -> Void) async throws {
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await Self.row(username, on: transaction) else { throw StorageError.unknownUser(username) }
            change(row)
            row.updatedAt = date
            try await row.update(on: transaction)
            try await Self.checkRoundTrip(row, holding: try UserAccount(row), on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: action, subject: "user:\(username)",
                                                at: date, detail: detail)
        }
    }

    /// Reads the user's row back and checks that it holds `account` (`RoundTrip`): a user name that
    /// would not read back as written could never sign in, or be found to be removed.
    static func checkRoundTrip(_ row: StoredUser, holding account: UserAccount, on transaction: any Database) async throws {
        let readBack = try await RoundTrip.readBack(row, on: transaction)
        try RoundTrip.rebuild(account, table: StoredUser.schema) { try UserAccount(readBack) }
    }

    /// The bcrypt hash, once `PasswordPolicy` accepts the password; hashed off the event loop.
    func hashPassword(_ password: String, username: String) async throws -> String {
        if let problem = PasswordPolicy.problem(with: password, username: username) {
            throw StorageError.invalidUser(field: "password", problem: problem)
        }
        let cost = passwordCost
        return try await NIOThreadPool.singleton.runIfActive { try BCryptDigest().hash(password, cost: cost) }
    }

    static func validate(username: String, displayName: String, role: UserRole, amhpID: String?) throws {
        if username.isEmpty || username.contains(where: \.isWhitespace) {
            throw StorageError.invalidUser(field: "user name", problem: "is empty or has a space in it.")
        }
        if let problem = TextCheck.problem(in: username, limit: InputLimits.identifierLength) {
            throw StorageError.invalidUser(field: "user name", problem: problem)
        }
        if displayName.allSatisfy(\.isWhitespace) { throw StorageError.invalidUser(field: "display name", problem: "is empty.") }
        if let problem = TextCheck.problem(in: displayName, limit: InputLimits.nameLength) {
            throw StorageError.invalidUser(field: "display name", problem: problem)
        }
        switch (role, amhpID.map { $0.allSatisfy(\.isWhitespace) }) {
        case (.amhp, nil), (.amhp, true?):
            throw StorageError.invalidUser(field: "AMHP id", problem: "is missing, and role amhp needs one.")
        case (.manager, _?), (.lead, _?), (.hr, _?):
            throw StorageError.invalidUser(field: "AMHP id", problem: "is given, but only role amhp has one.")
        default:
            break
        }
    }

    static func row(_ username: String, on database: any Database) async throws -> StoredUser? {
        try await StoredUser.query(on: database).filter(\.$username == username).first()
    }

    /// A hash of no one's password at the default cost, checked against when the user name is unknown.
    private static let unknownUserHash = (try? BCryptDigest().hash(UUID().uuidString, cost: 12)) ?? ""
}
