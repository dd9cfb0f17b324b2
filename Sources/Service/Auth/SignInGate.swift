import Storage
import Vapor
import Workforce

/// The one way a password is checked, whichever way in it came (the JSON sign-in, the sign-in form,
/// HTTP Basic on the API): refused with 429 and `Retry-After` while the user name or the client
/// address has had too many wrong passwords (before bcrypt runs, so guessing costs the server
/// nothing), then checked, a failure counted against both.
enum SignInGate {
    /// The account whose password this is.
    ///
    /// - Throws: `TooManySignIns` (429) while throttled; 401 for a wrong name or password.
    static func verify(_ request: Request, username: String, password: String) async throws -> UserAccount {
        let limits = request.application.plannerConfiguration.signInLimits
        let keys = keys(for: request, username: username, limits: limits)
        let stores = request.stores
        let throttle = stores.signInThrottle
        if let wait = try await throttle.wait(for: keys, window: limits.window) {
            throw TooManySignIns(retryAfter: wait)
        }
        // A password longer than bcrypt reads is never anyone's (PasswordPolicy refuses them), nor a
        // user name no user could have; neither is looked up (PostgreSQL refuses a NUL outright).
        let impossible = password.utf8.count > PasswordPolicy.maximumBytes
            || !TextCheck.isAcceptable(username, limit: InputLimits.identifierLength)
        let account = impossible ? nil
            : try await stores.users.verify(username: username, password: password)
        guard let account else {
            try await throttle.recordFailure(for: keys, window: limits.window)
            request.logger.notice("sign-in failed", metadata: ["user": .string(FieldReader.shown(username)),
                                                                "address": .string(address(of: request))])
            throw Abort(.unauthorized, reason: "The user name or password is wrong.")
        }
        if let userKey = keys.first { try await throttle.clear(userKey) }
        return account
    }

    static func keys(for request: Request, username: String, limits: SignInLimits) -> [SignInThrottleRepository.Key] {
        [.user(username, limit: limits.perUser), .address(address(of: request), limit: limits.perAddress)]
    }

    /// The client's address as the server sees it (behind a proxy, the proxy's).
    static func address(of request: Request) -> String {
        request.remoteAddress?.ipAddress ?? "unknown"
    }
}

/// Too many wrong passwords: answered 429 with `Retry-After` in whole seconds.
struct TooManySignIns: Error {
    let retryAfter: TimeInterval

    var seconds: Int { Int(retryAfter.rounded(.up)) }

    var message: String {
        "Too many wrong passwords for this user name or from this address; try again in \(seconds) seconds."
    }
}
