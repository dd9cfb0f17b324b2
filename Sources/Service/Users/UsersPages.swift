import Foundation
import Storage
import Vapor

/// `/users`: the manager's page for the people who may sign in. Each form goes through the same
/// path as the API (`UserAPI`, `UserAccessAPI`), so the same rules refuse the same things; a
/// refused form is shown again as typed with its reasons, answered with the refusal's status.
enum UsersPages {
    static let roles: [UserRole] = [.manager]

    static func register(on app: Application) {
        app.get("users", use: page)
        app.post("users", use: add)
        app.post("users", ":username", "role", use: role)
        app.post("users", ":username", "email", use: email)
        app.post("users", ":username", "password", use: password)
        app.post("users", ":username", "enabled", use: enabled)
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        return try await render(request, user: user, refusal: nil, status: nil, notice: nil)
    }

    @Sendable static func add(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let form = try request.content.decode(UserFormFields.self)
        let typed = ["username": form.username ?? "", "display_name": form.displayName ?? "", "role": form.role ?? "",
                     "amhp_id": form.amhpID ?? ""]
        return try await attempt(request, user: user, row: "add", action: "add", typed: typed) {
            let role = try NewUserCheck.role(form.role ?? "")
            let amhpID = role == .amhp ? form.amhpID.flatMap { $0.isEmpty ? nil : $0 } : nil
            if let amhpID { try NewUserCheck.amhp(amhpID, in: try await request.stores.hub.require()) }
            let username = form.username ?? ""
            let display = (form.displayName ?? "").isEmpty ? username : form.displayName ?? username
            let account = try await request.stores.users.create(username: username, displayName: display, password: form.password ?? "",
                                                                role: role, amhpID: amhpID, by: user.username, at: Date())
            return "Added \(account.username) as \(account.role.rawValue)."
        }
    }

    @Sendable static func role(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let username = try request.identifier("username")
        let form = try request.content.decode(UserFormFields.self)
        return try await attempt(request, user: user, row: username, action: "role",
                                 typed: ["role": form.role ?? "", "amhp_id": form.amhpID ?? ""]) {
            let changed = try await UserAccessAPI.changeRole(
                username: username, UserRoleChangeDTO(role: form.role ?? "", amhpID: form.amhpID), request: request, user: user)
            return "\(changed.username) is now \(changed.role)\(changed.amhpID.map { " (AMHP \($0))" } ?? "")."
        }
    }

    @Sendable static func email(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let username = try request.identifier("username")
        let form = try request.content.decode(UserFormFields.self)
        return try await attempt(request, user: user, row: username, action: "email", typed: ["email": form.email ?? ""]) {
            var reader = FieldReader()
            let address = reader.email(form.email)
            try reader.check()
            try await request.stores.users.changeEmail(username: username, to: address, by: user.username, at: Date())
            return address.map { "\(username)'s changed shifts will be mailed to \($0)." } ?? "\(username) will get no e-mail."
        }
    }

    @Sendable static func password(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let username = try request.identifier("username")
        let form = try request.content.decode(UserFormFields.self)
        return try await attempt(request, user: user, row: username, action: "password", typed: [:]) {
            try await request.stores.users.resetPassword(username: username, to: form.password ?? "", by: user.username, at: Date())
            return "\(username)'s password is reset and their sign-ins have ended; give them the temporary password in person."
        }
    }

    @Sendable static func enabled(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let username = try request.identifier("username")
        let form = try request.content.decode(UserFormFields.self)
        return try await attempt(request, user: user, row: username, action: "enabled", typed: [:]) {
            let enable = form.enabled == "yes"
            try await request.stores.users.setEnabled(username: username, enabled: enable, by: user.username, at: Date())
            return enable ? "\(username) may sign in again." : "\(username) is disabled; their sessions have ended."
        }
    }

    /// Runs one form's change; success shows the page with a notice, a refusal shows the form again.
    static func attempt(_ request: Request, user: CurrentUser, row: String, action: String, typed: [String: String],
                        _ change: () async throws -> String) async throws -> Response {
        do {
            let notice = try await change()
            return try await render(request, user: user, refusal: nil, status: nil, notice: notice)
        } catch {
            let failure = ServiceFailure(error)
            guard (400..<500).contains(Int(failure.status.code)) else { throw error }
            let refusal = UsersPageView.Refusal(row: row, action: action, fields: typed, message: failure.message, problems: failure.problems)
            return try await render(request, user: user, refusal: refusal, status: failure.status, notice: nil)
        }
    }

    static func render(_ request: Request, user: CurrentUser, refusal: UsersPageView.Refusal?, status: HTTPResponseStatus?,
                       notice: String?) async throws -> Response {
        let stores = request.stores
        let view = UsersPageView(users: try await stores.users.users(), hub: try await stores.hub.require(), signedIn: user.username,
                                 refusal: refusal, notice: notice)
        let response = try await request.page("users", title: "Users", user: user, view).encodeResponse(for: request)
        if let status { response.status = status }
        return response
    }
}

/// Any of the users page's forms, as posted; each form sends the fields it has.
struct UserFormFields: Content {
    let username: String?
    let displayName: String?
    let role: String?
    let amhpID: String?
    let email: String?
    let password: String?
    /// `yes` to enable, `no` to disable.
    let enabled: String?

    enum CodingKeys: String, CodingKey {
        case username, displayName = "display_name", role, amhpID = "amhp_id", email, password, enabled
    }
}
