import FluentKit
import Foundation
import Workforce

/// Disabling and enabling users, and resetting a password: each audited, each ending the user's
/// sessions where it should, each read back before the transaction commits.
extension UserRepository {
    /// Disables (`enabled` false) or enables a user, logged as `user.disable` or `user.enable`.
    /// Disabling ends every session of the user (sign-ins and the calendar link) at once.
    ///
    /// - Throws: `UserAccessRefusal.cannotDisableSelf` when `actor` is the user;
    ///   `UserAccessRefusal.lastEnabledManager` when they are the only enabled manager;
    ///   `StorageError.unknownUser`.
    public func setEnabled(username: String, enabled: Bool, by actor: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await Self.row(username, on: transaction) else { throw StorageError.unknownUser(username) }
            var ended = 0
            if enabled {
                row.disabledAt = nil
            } else {
                guard username != actor else { throw UserAccessRefusal.cannotDisableSelf(username) }
                try await UserAccessRules.keepsAnEnabledManager(without: row, on: transaction)
                row.disabledAt = row.disabledAt ?? date
                ended = try await Self.endSessions(of: row, kinds: SessionKind.allCases, on: transaction)
            }
            row.updatedAt = date
            try await row.update(on: transaction)
            try await Self.checkRoundTrip(row, holding: try UserAccount(row), on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: enabled ? "user.enable" : "user.disable",
                                                subject: "user:\(username)", at: date, detail: ["sessions_ended": "\(ended)"])
        }
    }

    /// Sets a temporary password a manager chose (checked by `PasswordPolicy`) and ends the user's
    /// sign-ins, so whoever held the old password is signed out; logged as `user.password_reset`.
    /// The calendar link is kept: it opens only the user's own published shifts.
    ///
    /// - Throws: `StorageError.invalidUser` (field password) when the policy refuses it;
    ///   `StorageError.unknownUser`.
    public func resetPassword(username: String, to password: String, by actor: String, at date: Date = Date()) async throws {
        let date = StoredValue.moment(date)
        let hash = try await hashPassword(password, username: username)
        try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await Self.row(username, on: transaction) else { throw StorageError.unknownUser(username) }
            (row.passwordHash, row.updatedAt) = (hash, date)
            try await row.update(on: transaction)
            try await Self.checkRoundTrip(row, holding: try UserAccount(row), on: transaction)
            let ended = try await Self.endSessions(of: row, kinds: [.browser], on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "user.password_reset",
                                                subject: "user:\(username)", at: date, detail: ["sessions_ended": "\(ended)"])
        }
    }

    /// Deletes the user's sessions of these kinds; returns how many there were.
    static func endSessions(of row: StoredUser, kinds: [SessionKind], on transaction: any Database) async throws -> Int {
        guard let id = row.id else { return 0 }
        let query = StoredSession.query(on: transaction).filter(\.$userID == id).filter(\.$kind ~~ kinds.map(\.rawValue))
        let count = try await query.count()
        try await StoredSession.query(on: transaction).filter(\.$userID == id).filter(\.$kind ~~ kinds.map(\.rawValue)).delete()
        return count
    }
}

/// The rules on who may sign in that need the other users to check.
enum UserAccessRules {
    /// Rule "an enabled manager remains": refuses a change that takes `row` out of the enabled
    /// managers when no other enabled manager is left.
    static func keepsAnEnabledManager(without row: StoredUser, on transaction: any Database) async throws {
        guard row.role == UserRole.manager.rawValue, row.disabledAt == nil else { return }
        let others = try await StoredUser.query(on: transaction)
            .filter(\.$role == UserRole.manager.rawValue).filter(\.$disabledAt == nil).filter(\.$username != row.username).count()
        if others == 0 { throw UserAccessRefusal.lastEnabledManager(row.username) }
    }
}
