import Storage
import Vapor

/// The per-session token every page form carries in a hidden `csrf_token` field (the synchroniser
/// token pattern): an HMAC of the session's own token, so it needs no storage, differs for every
/// sign-in, and cannot be worked out by another site, which never sees the HttpOnly session cookie.
enum FormToken {
    static let fieldName = "csrf_token"

    /// The token for a signed-in session; nil for a user signed in without a session (HTTP Basic).
    static func make(for user: CurrentUser) -> String? {
        user.token.map(make(forSessionToken:))
    }

    static func make(forSessionToken token: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("amhp-form-token".utf8), using: SymmetricKey(data: Data(token.utf8)))
        return Hex.string(code)
    }

    /// Whether `submitted` is the token of the user's session, compared in constant time.
    static func matches(_ submitted: String?, for user: CurrentUser) -> Bool {
        guard let submitted, let expected = make(for: user), submitted.utf8.count == expected.utf8.count else { return false }
        return zip(submitted.utf8, expected.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
