import Storage
import Vapor

/// The signed-in user of a request, and the token they signed in with (nil for HTTP Basic).
struct CurrentUser: Authenticatable, Sendable {
    let account: UserAccount
    let token: String?

    var username: String { account.username }
    var role: UserRole { account.role }

    /// Whether this user may see one AMHP's personal data: staff roles may, an AMHP only their own.
    func maySee(amhpID: String) -> Bool {
        role != .amhp || account.amhpID == amhpID
    }
}

extension Request {
    /// The signed-in user, when their role is one of `roles`.
    ///
    /// - Throws: 401 when no one is signed in, 403 when the role may not use the route.
    func requireUser(_ roles: [UserRole]) throws -> CurrentUser {
        guard let user = auth.get(CurrentUser.self) else {
            throw Abort(.unauthorized, reason: "Sign in first: POST /api/session, or sign in at /signin.")
        }
        guard roles.contains(user.role) else {
            throw Abort(.forbidden, reason: "Your role (\(user.role.rawValue)) may not do this; it needs: \(roles.map(\.rawValue).joined(separator: ", ")).")
        }
        return user
    }

    /// The signed-in user, who may see this AMHP's personal data.
    ///
    /// - Throws: 403 when an AMHP asks for someone else's data.
    func requireUser(_ roles: [UserRole], seeing amhpID: String) throws -> CurrentUser {
        let user = try requireUser(roles)
        guard user.maySee(amhpID: amhpID) else {
            throw Abort(.forbidden, reason: "An AMHP sees only their own personal data.")
        }
        return user
    }
}
