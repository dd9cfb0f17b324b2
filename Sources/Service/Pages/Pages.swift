import Storage
import Vapor

/// The web pages: sign in, then each role's start page.
enum Pages {
    static func register(on app: Application) throws {
        app.get("signin", use: signInPage)
        app.post("signin", use: signIn)
        app.post("signout", use: signOut)
        try PlanningPages.register(on: app)
        RotaPages.register(on: app)
        CoverPages.register(on: app)
        RotaReplanPages.register(on: app)
        RotaPublishPage.register(on: app)
        LeavePages.register(on: app)
        HubPages.register(on: app)
        TOILPages.register(on: app)
        MyPages.register(on: app)
        TeamPages.register(on: app)
        UsersPages.register(on: app)
        SwapPages.register(on: app)
        MyRequestPages.register(on: app)
        LeaveRequestPages.register(on: app)
        StandardsPages.register(on: app)
        AnnualReportPage.register(on: app)
        app.get(use: start)
    }

    @Sendable static func signInPage(_ request: Request) async throws -> View {
        try await request.view.render("signin", SignInPage(next: SafeRedirect.path(request.query[String.self, at: "next"]), error: nil))
    }

    /// Signs in from the form and goes on to `next`; a wrong password shows the form again, with 401.
    @Sendable static func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        do {
            let response = try await SessionAPI.signIn(request, username: form.username, password: form.password)
            let redirect = request.redirect(to: SafeRedirect.path(form.next))
            redirect.cookies = response.cookies
            return redirect
        } catch let abort as Abort where abort.status == .unauthorized {
            let page = try await request.view.render("signin", SignInPage(next: SafeRedirect.path(form.next), error: abort.reason))
            let response = try await page.encodeResponse(for: request)
            response.status = .unauthorized
            return response
        }
    }

    @Sendable static func signOut(_ request: Request) async throws -> Response {
        if let user = request.auth.get(CurrentUser.self) { _ = try await SessionAPI.signOut(request, user: user) }
        let response = request.redirect(to: "/signin")
        response.cookies[SessionTokenAuthenticator.cookieName] = SessionTokenAuthenticator.expiredCookie
        return response
    }

    @Sendable static func start(_ request: Request) async throws -> Response {
        let user = try request.requireUser(UserRole.everyone)
        return request.redirect(to: startPage(for: user.role))
    }

    static func startPage(for role: UserRole) -> String {
        switch role {
        case .manager: "/rotas"
        case .lead: "/sufficiency"
        case .hr: "/toil"
        case .amhp: "/my"
        }
    }
}

struct SignInForm: Content {
    let username: String
    let password: String
    let next: String?
}

struct SignInPage: Encodable {
    let next: String
    let error: String?
}
