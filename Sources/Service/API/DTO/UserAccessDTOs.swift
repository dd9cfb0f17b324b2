import Vapor

/// A user's new role, with the AMHP's id for role `amhp`.
struct UserRoleChangeDTO: Content {
    let role: String
    let amhpID: String?
}

/// A temporary password a manager sets; the user's sign-ins end.
struct PasswordResetDTO: Content {
    let password: String
}

/// Whether the user may sign in.
struct UserEnabledDTO: Content {
    let enabled: Bool
}
