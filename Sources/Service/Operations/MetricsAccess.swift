import NIOCore
import Vapor

/// Who may read `/metrics`: with a token configured, whoever sends `Authorization: Bearer <token>`;
/// without one, only a client on this machine talking directly (a loopback peer and no proxy
/// header, since behind a proxy every peer is the proxy's loopback address).
struct MetricsAccess: Sendable {
    let token: String?

    enum Refusal: Equatable {
        case wrongToken, notLocal

        var status: HTTPResponseStatus { self == .wrongToken ? .unauthorized : .forbidden }

        var message: String {
            switch self {
            case .wrongToken: "Send the metrics token as Authorization: Bearer <token> (amhp serve --metrics-token or AMHP_METRICS_TOKEN)."
            case .notLocal: "Without a metrics token, /metrics answers only this machine, not through a proxy; start amhp serve with --metrics-token (or AMHP_METRICS_TOKEN) and send it as a bearer token."
            }
        }
    }

    static let proxyHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"]

    /// nil when the request may read the metrics.
    func refusal(for request: Request) -> Refusal? {
        if let token {
            guard let given = request.headers.bearerAuthorization?.token, Self.same(given, token) else { return .wrongToken }
            return nil
        }
        guard !Self.proxyHeaders.contains(where: { request.headers.contains(name: $0) }),
              let peer = request.remoteAddress, Self.isLoopback(peer) else { return .notLocal }
        return nil
    }

    static func isLoopback(_ address: SocketAddress) -> Bool {
        guard let ip = address.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }

    /// Compares in time that depends on the lengths only, so the token cannot be guessed a byte at a time.
    static func same(_ given: String, _ token: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// What a metrics token must be: long enough not to be guessed, and sendable in a header as is.
public enum MetricsTokenRule {
    public static let lengths = 16...256

    /// What is wrong with the token, as the end of a sentence with its fix; nil when it will do.
    public static func problem(with token: String) -> String? {
        guard lengths.contains(token.utf8.count) else {
            return "must be \(lengths.lowerBound) to \(lengths.upperBound) characters long; make one with `openssl rand -hex 32`."
        }
        guard token.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return "may hold only printable ASCII without spaces; make one with `openssl rand -hex 32`."
        }
        return nil
    }
}
