import Vapor

/// Refuses writes another site could make a signed-in browser send (cross-site request forgery),
/// before any route runs:
///
/// - every unsafe request (POST, PUT, PATCH, DELETE) whose `Sec-Fetch-Site` says it came from
///   another site, or whose `Origin` is not this service's, is refused with 403;
/// - every page form (a POST outside `/api/`, but for signing in) must carry the session's
///   `csrf_token` (`FormToken`), so a form on a sibling subdomain, or in a browser that ignores
///   SameSite cookies, cannot act for anyone.
///
/// API writes are further held to their declared media type by `APIRouter` (a form can only send
/// `application/x-www-form-urlencoded`, `multipart/form-data` or `text/plain` without a preflight).
struct CrossSiteGuard: AsyncMiddleware {
    static let unsafeMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE]
    /// The most a page form may send (the scenario upload is the largest).
    static let maximumFormBytes = 1 << 20

    let publicURL: String?

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard Self.unsafeMethods.contains(request.method) else { return try await next.respond(to: request) }
        try checkSource(request)
        let path = request.url.path
        if !path.hasPrefix("/api/"), path != "/signin", let user = request.auth.get(CurrentUser.self) {
            _ = try await request.body.collect(max: Self.maximumFormBytes).get()
            let submitted = try? request.content.get(String.self, at: FormToken.fieldName)
            guard FormToken.matches(submitted, for: user) else {
                throw ServiceRefusal(.forbidden, field: FormToken.fieldName,
                                    "The form's security token is missing or out of date. Fix: reload the page and send the form again.")
            }
        }
        return try await next.respond(to: request)
    }

    /// Refuses a request that says it comes from another site.
    func checkSource(_ request: Request) throws {
        if let site = request.headers.first(name: "Sec-Fetch-Site")?.lowercased(), site != "same-origin", site != "none" {
            throw ServiceRefusal(.forbidden, field: "Sec-Fetch-Site",
                                "A write from another site (\(FieldReader.shown(site))) is refused. Fix: use AMHP Planner's own pages, or call the API from a script, not a web page.")
        }
        guard let origin = request.headers.first(name: .origin) else { return }
        guard let host = URLComponents(string: origin)?.host.map({ host in
            URLComponents(string: origin)?.port.map { "\(host):\($0)" } ?? host
        }), isOwnHost(host, request: request) else {
            throw ServiceRefusal(.forbidden, field: "Origin",
                                "A write from \(FieldReader.shown(origin)) is refused: only AMHP Planner's own pages may write. Fix: use the service's own address.")
        }
    }

    /// Whether `host` (with its port, when not the scheme's default) is the one this request was sent to.
    func isOwnHost(_ host: String, request: Request) -> Bool {
        var own: Set<String> = []
        if let header = request.headers.first(name: .host) { own.insert(header.lowercased()) }
        if let publicURL, let components = URLComponents(string: publicURL), let name = components.host {
            own.insert(components.port.map { "\(name):\($0)" }?.lowercased() ?? name.lowercased())
        }
        let lowered = host.lowercased()
        // An Origin leaves out a default port that a Host header may keep.
        return own.contains(lowered) || own.contains(lowered + ":80") || own.contains(lowered + ":443")
    }
}

/// A refusal that names the field (a header, a form field, a parameter) at fault and the fix.
struct ServiceRefusal: Error {
    let status: HTTPResponseStatus
    let field: String
    let message: String

    init(_ status: HTTPResponseStatus, field: String, _ message: String) {
        self.status = status
        self.field = field
        self.message = message
    }
}
