import Vapor

/// Headers every response carries, errors included (this middleware is outside all but the request log):
/// a content security policy that allows only the service's own scripts, styles and images and no
/// framing; no MIME sniffing; no referrer sent elsewhere; and `no-store` on everything but the
/// static files, since pages and API answers hold personal data (leave, sickness, TOIL).
struct SecurityHeaders: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static let staticPrefixes = ["/css/", "/js/"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers: [(String, String)] = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Frame-Options", "DENY"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Cache-Control", cacheControl(request, response)),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }

    /// `no-cache` for static files; `private, no-cache` for an answer with an ETag (`ConditionalGet`:
    /// a published rota, a calendar feed), which only this user's browser keeps and asks again about
    /// each time; `no-store` for everything else.
    private func cacheControl(_ request: Request, _ response: Response) -> String {
        if Self.staticPrefixes.contains(where: request.url.path.hasPrefix) { return "no-cache" }
        return response.headers.first(name: .eTag) == nil ? "no-store" : ConditionalGet.cacheControl
    }
}
