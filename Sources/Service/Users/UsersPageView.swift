import Storage
import Workforce

/// What `users.leaf` shows: every user with the forms to change them, and the form to add one.
/// A refused form comes back as typed (never its password), with its reasons beside it.
struct UsersPageView: Encodable {
    struct Choice: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A refused form: which one, what was typed, and why.
    struct Refusal {
        /// `add`, or the user name of the row whose form it was.
        let row: String
        /// `role`, `email`, `password`, `enabled` or `add`.
        let action: String
        let fields: [String: String]
        let message: String
        let problems: [Problem]
    }

    struct Row: Encodable {
        let username: String
        let displayName: String
        let role: String
        let amhp: String
        let email: String
        let enabled: Bool
        let isSelf: Bool
        let roles: [Choice]
        let amhps: [Choice]
        let emailValue: String
        let error: String?
        let errorAction: String
        let problems: [Problem]
    }

    struct AddForm: Encodable {
        let username: String
        let displayName: String
        let roles: [Choice]
        let amhps: [Choice]
        let error: String?
        let problems: [Problem]
    }

    let rows: [Row]
    let add: AddForm
    let notice: String?

    init(users: [UserAccount], hub: Hub, signedIn: String, refusal: Refusal?, notice: String?) {
        self.notice = notice
        rows = users.map { account in
            let mine = refusal?.row == account.username ? refusal : nil
            let role = mine?.fields["role"] ?? account.role.rawValue
            let amhp = mine?.fields["amhp_id"] ?? account.amhpID ?? ""
            return Row(username: account.username, displayName: account.displayName, role: account.role.rawValue,
                       amhp: account.amhpID.map { id in hub.amhp(id).map { "\($0.name) (\(id))" } ?? id } ?? "",
                       email: account.email ?? "", enabled: account.isEnabled, isSelf: account.username == signedIn,
                       roles: Self.roles(selected: role), amhps: Self.amhps(hub, selected: amhp),
                       emailValue: mine?.fields["email"] ?? account.email ?? "", error: mine?.message, errorAction: mine?.action ?? "",
                       problems: mine?.problems ?? [])
        }
        let adding = refusal?.row == "add" ? refusal : nil
        add = AddForm(username: adding?.fields["username"] ?? "", displayName: adding?.fields["display_name"] ?? "",
                      roles: Self.roles(selected: adding?.fields["role"] ?? UserRole.amhp.rawValue),
                      amhps: Self.amhps(hub, selected: adding?.fields["amhp_id"] ?? ""),
                      error: adding?.message, problems: adding?.problems ?? [])
    }

    static func roles(selected: String) -> [Choice] {
        UserRole.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == selected) }
    }

    /// "No AMHP" first (every role but amhp), then the hub's AMHPs.
    static func amhps(_ hub: Hub, selected: String) -> [Choice] {
        [Choice(value: "", label: "none (not an AMHP)", selected: selected.isEmpty)]
            + hub.amhps.map { Choice(value: $0.id, label: "\($0.name) (\($0.id))", selected: $0.id == selected) }
    }
}
