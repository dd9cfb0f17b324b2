/// A change to who may sign in that a rule refuses; each case is a named rule with its fix.
public enum UserAccessRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Rule "no self-disable": a manager cannot disable their own account (they would lock
    /// themself out mid-session, and no one would have chosen it).
    case cannotDisableSelf(String)
    /// Rule "an enabled manager remains": the hub always keeps at least one enabled manager, so
    /// someone can still add users, publish rotas and enable others.
    case lastEnabledManager(String)

    /// The rule's name, as tests and the audit speak of it.
    public var rule: String {
        switch self {
        case .cannotDisableSelf: "no self-disable"
        case .lastEnabledManager: "an enabled manager remains"
        }
    }

    /// The field a form shows the refusal against.
    public var field: String {
        switch self {
        case .cannotDisableSelf: "username"
        case .lastEnabledManager: "role"
        }
    }

    public var cause: String {
        switch self {
        case .cannotDisableSelf(let username):
            "You are signed in as \(username), and a manager cannot disable their own account."
        case .lastEnabledManager(let username):
            "\(username) is the only enabled manager, and the hub must keep one."
        }
    }

    public var fix: String {
        switch self {
        case .cannotDisableSelf:
            "ask another manager to disable it."
        case .lastEnabledManager:
            "make or enable another manager first."
        }
    }

    public var description: String { "\(cause) Fix: \(fix)" }
}
