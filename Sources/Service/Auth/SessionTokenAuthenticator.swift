import Storage
import Vapor

/// Signs a request in from its session cookie, a bearer token, or HTTP Basic credentials.
///
/// The cookie and the bearer token are the same kind of token (`POST /api/session` returns it);
/// Basic is for scripts on the API only (a page signed in by Basic would have no form token and
/// no way to sign out), costs a bcrypt check per request, and is throttled like every sign-in.
struct SessionTokenAuthenticator: AsyncMiddleware {
    static let cookieName = "amhp_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.headers.bearerAuthorization?.token ?? request.cookies[Self.cookieName]?.string,
           token.utf8.count <= 256,
           let account = try await request.stores.sessions.user(for: token, kind: .browser) {
            request.auth.login(CurrentUser(account: account, token: token))
        } else if request.url.path.hasPrefix("/api/"), let basic = request.headers.basicAuthorization {
            do {
                let account = try await SignInGate.verify(request, username: basic.username, password: basic.password)
                request.auth.login(CurrentUser(account: account, token: nil))
            } catch let abort as Abort where abort.status == .unauthorized {
                // A wrong password is counted; the route then answers 401 as for no sign-in.
            }
        }
        return try await next.respond(to: request)
    }

    /// The cookie that keeps a browser signed in: HTTP-only, and same-site strict so that another
    /// site cannot make a signed-in browser post to the service.
    static func cookie(_ token: String, lifetime: TimeInterval, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(lifetime), path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }

    static var expiredCookie: HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .strict)
    }
}
