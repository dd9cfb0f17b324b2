import Storage
import Vapor

/// Signing in and out through the API, and who is signed in.
enum SessionAPI {
    static let signInOperation = APIOperation(
        method: .POST, path: "/api/session", operationID: "signIn", tag: "Session",
        summary: "Sign in: returns a token for `Authorization: Bearer` and sets the session cookie.",
        roles: UserRole.everyone, request: .json("SignIn"), response: .json("Session"), status: .created)
    static let signOutOperation = APIOperation(
        method: .DELETE, path: "/api/session", operationID: "signOut", tag: "Session",
        summary: "Sign out: ends this session everywhere.", roles: UserRole.everyone, response: .none, status: .noContent)
    static let meOperation = APIOperation(
        method: .GET, path: "/api/me", operationID: "me", tag: "Session",
        summary: "The signed-in user.", roles: UserRole.everyone, response: .json("User"))

    static func register(_ api: APIRouter) {
        api.addPublic(signInOperation, createSession)
        api.add(signOutOperation, endSession)
        api.add(meOperation, me)
    }

    @Sendable static func createSession(_ request: Request) async throws -> Response {
        let credentials = try request.content.decode(SignInDTO.self)
        return try await signIn(request, username: credentials.username, password: credentials.password)
    }

    @Sendable static func endSession(_ request: Request, _ user: CurrentUser) async throws -> Response {
        try await signOut(request, user: user)
    }

    @Sendable static func me(_ request: Request, _ user: CurrentUser) async throws -> UserDTO {
        UserDTO(user.account)
    }

    /// Checks the password, starts a session and sets its cookie; 401 for a wrong name or password.
    static func signIn(_ request: Request, username: String, password: String) async throws -> Response {
        let account = try await SignInGate.verify(request, username: username, password: password)
        let configuration = request.application.plannerConfiguration
        let token = try await request.stores.sessions.start(for: account, kind: .browser, lifetime: configuration.sessionLifetime)
        let session = SessionDTO(token: token, user: UserDTO(account),
                                 expiresAt: Date().addingTimeInterval(configuration.sessionLifetime))
        let response = Response(status: .created)
        try response.content.encode(session)
        response.cookies[SessionTokenAuthenticator.cookieName] =
            SessionTokenAuthenticator.cookie(token, lifetime: configuration.sessionLifetime, secure: configuration.secureCookies)
        return response
    }

    static func signOut(_ request: Request, user: CurrentUser) async throws -> Response {
        if let token = user.token {
            try await request.stores.sessions.end(token: token, by: user.username)
        }
        let response = Response(status: .noContent)
        response.cookies[SessionTokenAuthenticator.cookieName] = SessionTokenAuthenticator.expiredCookie
        return response
    }
}
