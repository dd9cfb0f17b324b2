import Foundation

/// The id that ties a request's log lines together, and to a proxy's or a client's own logs: the
/// caller's `X-Request-Id` when it is well formed, else one made here.
struct RequestID: Sendable, Equatable {
    static let header = "X-Request-Id"
    /// Long enough for a UUID, a trace id or nginx's `$request_id`; short enough for every log line.
    static let maximumLength = 128
    /// Letters, digits and `-_.:`: nothing that could break a log line, a header or a JSON string.
    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:".utf8)

    let value: String

    /// The caller's id, or nil when it is empty, too long or holds any other character.
    init?(header text: String) {
        guard (1...Self.maximumLength).contains(text.utf8.count), text.utf8.allSatisfy(Self.allowed.contains) else { return nil }
        value = text
    }

    private init(made value: String) {
        self.value = value
    }

    /// A new id, for a request that brought none (or one refused above).
    static func make() -> RequestID {
        RequestID(made: UUID().uuidString.lowercased())
    }
}
