import Storage
import Vapor

/// One route of the JSON API: how it is called, who may call it, and what it takes and returns.
///
/// Routes are declared once, as operations; `APIRouter` registers them with Vapor (checking the
/// role before the handler runs) and `OpenAPIDocument` describes the same list, so the two agree.
struct APIOperation: Sendable {
    enum Body: Sendable, Equatable {
        case none
        /// A JSON object of the named schema in `OpenAPISchemas`.
        case json(String)
        /// A JSON array of objects of the named schema.
        case jsonArray(String)
        /// Text of this media type, such as `text/csv`.
        case text(String)
    }

    struct Parameter: Sendable {
        enum Place: String, Sendable { case path, query }
        let name: String
        let place: Place
        let description: String
        /// `string`, `integer` or `number`; `format` adds such as `date` or `uuid`.
        let type: String
        let format: String?
        let required: Bool

        static func path(_ name: String, _ description: String, format: String? = nil) -> Parameter {
            Parameter(name: name, place: .path, description: description, type: "string", format: format, required: true)
        }

        static func query(_ name: String, _ description: String, type: String = "string", format: String? = nil) -> Parameter {
            Parameter(name: name, place: .query, description: description, type: type, format: format, required: false)
        }
    }

    let method: HTTPMethod
    /// The path as OpenAPI writes it, with `{name}` for a path parameter.
    let path: String
    let operationID: String
    let tag: String
    let summary: String
    /// The roles that may call it; an AMHP is further limited to their own data where the route says.
    let roles: [UserRole]
    var parameters: [Parameter] = []
    var request: Body = .none
    var response: Body
    /// The success status: 200, or 201 for a creation, 202 for a queued job, 204 for nothing.
    var status: HTTPResponseStatus = .ok
    /// Another success status with the same body, and when it is given (a queued job's 200 when an
    /// identical one was queued already).
    var otherStatus: (status: HTTPResponseStatus, description: String)?
    /// Whether the route needs no sign-in (signing in, the OpenAPI document).
    var isPublic = false
    /// Whether a published answer carries an ETag and is answered 304 when If-None-Match names it (`ConditionalGet`).
    var isConditional = false

    /// The path as Vapor matches it: `{id}` becomes `:id`.
    var vaporPath: [PathComponent] {
        path.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .constant(String(part))
        }
    }
}

/// Registers operations with Vapor and keeps the list for the OpenAPI document.
final class APIRouter: @unchecked Sendable {
    private let app: Application
    private(set) var operations: [APIOperation] = []

    init(app: Application) {
        self.app = app
    }

    /// Adds a route whose handler runs only for a signed-in user of one of the operation's roles.
    func add<Result: AsyncResponseEncodable>(
        _ operation: APIOperation, _ handler: @escaping @Sendable (Request, CurrentUser) async throws -> Result
    ) {
        operations.append(operation)
        let roles = operation.roles
        let body = operation.request
        app.on(operation.method, operation.vaporPath, body: operation.request == .none ? .collect : .collect(maxSize: "4mb")) { request in
            let user = try request.requireUser(roles)
            try body.checkMediaType(of: request)
            return try await handler(request, user)
        }
    }

    /// Adds a route anyone may call.
    func addPublic<Result: AsyncResponseEncodable>(
        _ operation: APIOperation, _ handler: @escaping @Sendable (Request) async throws -> Result
    ) {
        var operation = operation
        operation.isPublic = true
        operations.append(operation)
        let body = operation.request
        app.on(operation.method, operation.vaporPath, body: .collect(maxSize: "1mb")) { request in
            try body.checkMediaType(of: request)
            return try await handler(request)
        }
    }
}

extension APIOperation.Body {
    /// The media type a request body must have.
    var mediaType: HTTPMediaType? {
        switch self {
        case .none: nil
        case .json, .jsonArray: .json
        case .text(let type):
            type.split(separator: "/").count == 2
                ? HTTPMediaType(type: String(type.split(separator: "/")[0]), subType: String(type.split(separator: "/")[1])) : nil
        }
    }

    /// Refuses (415, naming `Content-Type`) a body of another media type than the route declares:
    /// an HTML form from another site can send only form and plain-text bodies, so this keeps every
    /// API write out of a cross-site form's reach. A route that takes no body may still be sent an
    /// empty one, or JSON.
    func checkMediaType(of request: Request) throws {
        let sent = request.headers.contentType
        let hasBody = (request.body.data?.readableBytes ?? 0) > 0
        switch self {
        case .none:
            guard hasBody, let sent, sent != .json else { return }
            throw ServiceRefusal(.unsupportedMediaType, field: "Content-Type",
                                "This route takes no body, and \(sent.serialize()) is refused. Fix: send no body (or an empty JSON one).")
        default:
            guard let wanted = mediaType else { return }
            guard let sent, sent.type == wanted.type, sent.subType == wanted.subType else {
                throw ServiceRefusal(.unsupportedMediaType, field: "Content-Type",
                                    "This route takes \(wanted.type)/\(wanted.subType), not \(sent.map { $0.serialize() } ?? "a body without a Content-Type"). "
                                        + "Fix: send the body as \(wanted.type)/\(wanted.subType) with that Content-Type.")
            }
        }
    }
}

extension UserRole {
    static let everyone: [UserRole] = [.manager, .lead, .hr, .amhp]
    static let staff: [UserRole] = [.manager, .lead, .hr]
}
