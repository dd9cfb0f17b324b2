import Foundation
import Storage
import Vapor
import Workforce

/// What a manager changes about a user after adding them: their role, a temporary password, and
/// whether they may sign in. Each is audited; a reset or a disable ends the user's sessions.
enum UserAccessAPI {
    static let changeRole = APIOperation(
        method: .PUT, path: "/api/users/{username}/role", operationID: "setUserRole", tag: "Users",
        summary: "Give a user another role; role `amhp` needs the AMHP's id. The last enabled manager keeps the role.",
        roles: [.manager], parameters: [.path("username", "The user's name, as in GET /api/users.")],
        request: .json("UserRoleChange"), response: .json("User"))
    static let resetPassword = APIOperation(
        method: .PUT, path: "/api/users/{username}/password", operationID: "resetUserPassword", tag: "Users",
        summary: "Set a temporary password (checked by the password policy); the user's sign-ins end.",
        roles: [.manager], parameters: [.path("username", "The user's name, as in GET /api/users.")],
        request: .json("PasswordReset"), response: .json("User"))
    static let setEnabled = APIOperation(
        method: .PUT, path: "/api/users/{username}/enabled", operationID: "setUserEnabled", tag: "Users",
        summary: "Disable (their sessions end at once) or enable a user. No one disables themself or the last enabled manager.",
        roles: [.manager], parameters: [.path("username", "The user's name, as in GET /api/users.")],
        request: .json("UserEnabled"), response: .json("User"))

    static func register(_ api: APIRouter) {
        api.add(changeRole, role)
        api.add(resetPassword, password)
        api.add(setEnabled, enabled)
    }

    @Sendable static func role(_ request: Request, _ user: CurrentUser) async throws -> UserDTO {
        let username = try request.identifier("username")
        let change = try request.content.decode(UserRoleChangeDTO.self)
        return try await changeRole(username: username, change, request: request, user: user)
    }

    @Sendable static func password(_ request: Request, _ user: CurrentUser) async throws -> UserDTO {
        let username = try request.identifier("username")
        let reset = try request.content.decode(PasswordResetDTO.self)
        try await request.stores.users.resetPassword(username: username, to: reset.password, by: user.username, at: Date())
        return try await account(username, request: request)
    }

    @Sendable static func enabled(_ request: Request, _ user: CurrentUser) async throws -> UserDTO {
        let username = try request.identifier("username")
        let wanted = try request.content.decode(UserEnabledDTO.self)
        try await request.stores.users.setEnabled(username: username, enabled: wanted.enabled, by: user.username, at: Date())
        return try await account(username, request: request)
    }

    /// The page's path and the API's: checks the role and the AMHP id, then changes it.
    static func changeRole(username: String, _ change: UserRoleChangeDTO, request: Request, user: CurrentUser) async throws -> UserDTO {
        let role = try NewUserCheck.role(change.role)
        let amhpID = role == .amhp ? change.amhpID.flatMap { $0.isEmpty ? nil : $0 } : nil
        if let amhpID { try NewUserCheck.amhp(amhpID, in: try await request.stores.hub.require()) }
        try await request.stores.users.changeRole(username: username, to: role, amhpID: amhpID, by: user.username, at: Date())
        return try await account(username, request: request)
    }

    /// The user as they now are; 404 naming where to look when there is no such user.
    static func account(_ username: String, request: Request) async throws -> UserDTO {
        guard let account = try await request.stores.users.users().first(where: { $0.username == username }) else {
            throw Abort(.notFound, reason: "No user is called \(username); see GET /api/users.")
        }
        return UserDTO(account)
    }
}
