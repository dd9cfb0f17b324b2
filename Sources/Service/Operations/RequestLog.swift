import Foundation
import Metrics
import Vapor

/// The outermost middleware: gives each request its id (echoed in `X-Request-Id` and set on the
/// request's logger, so every line the request logs carries it), then writes one log line and
/// counts the request in the metrics once the answer is known.
///
/// The line names the route pattern (`/api/rotas/:rotaID`), never the raw path or its query,
/// which may hold personal data; the metrics use the same pattern, so their number stays bounded.
/// Each request is counted in the `throttle`, which holds background children back while there are many.
struct RequestLog: AsyncMiddleware {
    var throttle: BackgroundThrottle?

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        throttle?.noteRequest()
        let id = request.headers.first(name: RequestID.header).flatMap(RequestID.init(header:)) ?? RequestID.make()
        // Vapor sets its own `request-id`; ours replaces it so logs and the header agree.
        request.logger[metadataKey: "request-id"] = .string(id.value)
        do {
            let response = try await next.respond(to: request)
            response.headers.replaceOrAdd(name: RequestID.header, value: id.value)
            finish(request, status: response.status, since: started)
            return response
        } catch {
            // Only reached if the error middleware itself fails; Vapor answers 500.
            finish(request, status: .internalServerError, since: started)
            throw error
        }
    }

    private func finish(_ request: Request, status: HTTPResponseStatus, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let route = RouteLabel(request)
        HTTPMetrics.record(route: route, status: status, elapsed: elapsed)
        var metadata: Logger.Metadata = [
            "method": .string(route.method), "route": .string(route.pattern), "status": .stringConvertible(status.code),
            "duration_ms": .string(String(format: "%.1f", Double(elapsed.nanoseconds) / 1_000_000)),
        ]
        if let user = request.auth.get(CurrentUser.self) { metadata["user"] = .string(user.username) }
        request.logger.info("request", metadata: metadata)
    }
}

/// A request's route as the metrics and the log name it: the matched route's method and path
/// template, `static` for the style sheets and scripts, `unmatched` for anything else, so that
/// neither a caller's paths nor their methods can add labels without end.
struct RouteLabel: Equatable {
    let method: String
    let pattern: String

    init(_ request: Request) {
        if let route = request.route {
            method = route.method.rawValue
            pattern = "/" + route.path.map(\.description).joined(separator: "/")
        } else if StaticFiles.folders.contains(where: request.url.path.hasPrefix) {
            method = "GET"
            pattern = "static"
        } else {
            method = "unmatched"
            pattern = "unmatched"
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
