import Storage
import Vapor

/// What every page's layout needs: its title and who is signed in (for the navigation).
struct PageUser: Encodable {
    let username: String
    let displayName: String
    let role: String
    let amhpID: String?

    init(_ user: CurrentUser) {
        (username, displayName, role, amhpID) = (user.username, user.account.displayName, user.role.rawValue, user.account.amhpID)
    }
}

/// A page's context: the layout's fields and the page's own.
struct PageContext<Content: Encodable>: Encodable {
    let title: String
    let user: PageUser
    /// The session's `FormToken`, which every form that posts carries as `csrf_token`.
    let formToken: String
    let page: Content
}

extension Request {
    /// Renders a page that extends `layout.leaf`, for the signed-in user.
    func page<Content: Encodable>(_ template: String, title: String, user: CurrentUser, _ content: Content) async throws -> View {
        try await view.render(template, PageContext(title: title, user: PageUser(user), formToken: FormToken.make(for: user) ?? "", page: content))
    }
}
