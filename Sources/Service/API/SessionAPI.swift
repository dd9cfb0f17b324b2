import Storage
import Vapor

/// Signing in and out through the API, and who is signed in.
enum SessionAPI {
    static func register(_ api: APIRouter) {
        api.addPublic(APIOperation(
            method: .POST, path: "/api/session", operationID: "signIn", tag: "Session",
            summary: "Sign in: returns a token for `Authorization: Bearer` and sets the session cookie.",
            roles: UserRole.everyone, request: .json("SignIn"), response: .json("Session"), status: .created)) { request in
            let credentials = try request.content.decode(SignInDTO.self)
            return try await signIn(request, username: credentials.username, password: credentials.password)
        }
        api.add(APIOperation(
            method: .DELETE, path: "/api/session", operationID: "signOut", tag: "Session",
            summary: "Sign out: ends this session everywhere.", roles: UserRole.everyone, response: .none, status: .noContent)) { request, user in
            try await signOut(request, user: user)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/me", operationID: "me", tag: "Session",
            summary: "The signed-in user.", roles: UserRole.everyone, response: .json("User"))) { _, user in
            UserDTO(user.account)
        }
    }

    /// Checks the password, starts a session and sets its cookie; 401 for a wrong name or password.
    static func signIn(_ request: Request, username: String, password: String) async throws -> Response {
        let account = try await SignInGate.verify(request, username: username, password: password)
        let configuration = request.application.plannerConfiguration
        let token = try await SessionRepository(database: request.db)
            .start(for: account, kind: .browser, lifetime: configuration.sessionLifetime)
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
            try await SessionRepository(database: request.db).end(token: token, by: user.username)
        }
        let response = Response(status: .noContent)
        response.cookies[SessionTokenAuthenticator.cookieName] = SessionTokenAuthenticator.expiredCookie
        return response
    }
}
