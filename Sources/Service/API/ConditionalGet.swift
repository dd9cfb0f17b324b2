import Crypto
import Storage
import Vapor

/// Conditional GET (RFC 9110 8.8.3, 13.1.2) for answers that change only when something is
/// published: a strong ETag made from what the answer is of (`scope`: the published version, and
/// the user for per-person content) and its bytes, and 304 Not Modified with no body when the
/// browser already holds it. Drafts are never sent through here.
enum ConditionalGet {
    /// The browser (never a shared cache) may keep the answer but asks again each time.
    static let cacheControl = "private, no-cache"

    /// A strong ETag: a hash of `scope` and `body`, so two scopes never share one and any change
    /// to the bytes changes it.
    static func entityTag(scope: String, body: Data) -> String {
        var hash = SHA256()
        hash.update(data: Data(scope.utf8))
        hash.update(data: Data([0]))
        hash.update(data: body)
        return "\"" + Hex.string(hash.finalize().prefix(16)) + "\""
    }

    /// Whether the request's `If-None-Match` names `entityTag` (or is `*`); weak tags compare by
    /// their opaque part, as RFC 9110 13.1.2 says for this header.
    static func matches(_ request: Request, entityTag: String) -> Bool {
        let listed = request.headers[.ifNoneMatch].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return listed.contains { $0 == "*" || ($0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0) == entityTag }
    }

    /// `body` as a 200 with its ETag, or a 304 with only the ETag when the browser has it.
    static func response(_ request: Request, scope: String, body: Data, contentType: HTTPMediaType,
                         headers extra: HTTPHeaders = [:]) -> Response {
        response(request, entityTag: entityTag(scope: scope, body: body), body: body, contentType: contentType, headers: extra)
    }

    /// `body` with a tag made earlier by `entityTag(scope:body:)` (kept with the body, so it is hashed once).
    static func response(_ request: Request, entityTag tag: String, body: Data, contentType: HTTPMediaType,
                         headers extra: HTTPHeaders = [:]) -> Response {
        var headers = extra
        headers.replaceOrAdd(name: .eTag, value: tag)
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        guard !matches(request, entityTag: tag) else {
            headers.remove(name: .contentDisposition)
            return Response(status: .notModified, headers: headers)
        }
        headers.contentType = contentType
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }

    /// A JSON answer (`JSONCoding`: sorted keys, so the same answer is the same bytes) as `response`.
    static func json<Value: Encodable>(_ request: Request, scope: String, _ value: Value) throws -> Response {
        response(request, scope: scope, body: try JSONCoding.encoder.encode(value), contentType: .json)
    }
}
