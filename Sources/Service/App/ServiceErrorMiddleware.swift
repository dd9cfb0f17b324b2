import Storage
import Vapor
import Workforce

/// Turns errors into answers a person can act on: JSON `{"error": …, "problems": […]}` for the API,
/// a sign-in redirect or a plain page for the browser.
struct ServiceErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let failure = ServiceFailure(error)
            if failure.status.code >= 500 {
                request.logger.report(error: error)
            }
            let wantsPage = !request.url.path.hasPrefix("/api/") && !request.url.path.hasPrefix("/calendar/")
                && request.url.path != "/openapi.json"
            if wantsPage && failure.status == .unauthorized {
                let wanted = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
                // A path too long to come back to is not worth keeping; the start page will do.
                let next = wanted.utf8.count > 1_000 ? "/"
                    : wanted.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_."))) ?? "/"
                return request.redirect(to: "/signin?next=\(next)")
            }
            let response = Response(status: failure.status)
            if let retryAfter = failure.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            if wantsPage {
                response.headers.contentType = .html
                response.body = .init(string: ErrorPage.html(status: failure.status, message: failure.message))
            } else {
                try response.content.encode(ErrorBody(error: failure.message, problems: failure.problems), using: JSONCoding.encoder)
            }
            return response
        }
    }
}

/// The body of every API error.
struct ErrorBody: Content {
    let error: String
    /// Each problem found in the input: where and what, and how to fix it.
    let problems: [Problem]
}

struct Problem: Content, Equatable {
    let field: String
    let message: String
}

/// An error as a status, a sentence and its particulars. Every refusal (4xx) has at least one
/// problem naming the field at fault (a body field, a parameter, a header, the path) and the fix.
struct ServiceFailure {
    let status: HTTPResponseStatus
    let message: String
    let problems: [Problem]
    /// Seconds to wait, for 429.
    var retryAfter: Int?

    init(status: HTTPResponseStatus, message: String, problems: [Problem] = []) {
        self.status = status
        let generic = message.isEmpty || message == status.reasonPhrase
        self.message = generic ? Self.explanation(of: status) : message
        self.problems = problems.isEmpty && (400..<500).contains(Int(status.code))
            ? [Problem(field: Self.field(of: status), message: generic ? Self.explanation(of: status) : message)]
            : problems
    }

    init(_ error: any Error) {
        switch error {
        case let failure as InputFailure:
            self.init(status: .unprocessableEntity, message: failure.message, problems: failure.problems)
        case let refusal as ServiceRefusal:
            self.init(status: refusal.status, message: refusal.message, problems: [Problem(field: refusal.field, message: refusal.message)])
        case let throttled as TooManySignIns:
            self.init(status: .tooManyRequests, message: throttled.message,
                      problems: [Problem(field: "username", message: throttled.message)])
            retryAfter = throttled.seconds
        // Before AbortError, which Vapor makes DecodingError conform to: this names the field.
        case let decoding as DecodingError:
            let message = "The request body is not what this route takes: \(DecodingText.describe(decoding)) Fix: send it as /openapi.json describes."
            self.init(status: .badRequest, message: message, problems: [Problem(field: DecodingText.field(decoding), message: message)])
        case let abort as any AbortError:
            self.init(status: abort.status, message: abort.reason)
        case let errors as InputErrors:
            self.init(status: .unprocessableEntity, message: "The change would leave the hub's files invalid.",
                      problems: errors.errors.map { Problem(field: $0.field ?? $0.file, message: $0.description) })
        case let ledger as TOILLedgerError:
            self.init(status: .unprocessableEntity, message: ledger.description)
        case let refusal as UserAccessRefusal:
            self.init(status: .conflict, message: refusal.description, problems: [Problem(field: refusal.field, message: refusal.description)])
        case let storage as StorageError:
            self.init(status: storage.httpStatus, message: storage.description,
                      problems: storage.field.map { [Problem(field: $0, message: storage.description)] } ?? [])
        default:
            self.init(status: .internalServerError, message: "Something went wrong on the server; it has been logged.")
        }
    }

    /// What a bare status means to the person who got it, and what to do.
    static func explanation(of status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "The request could not be read. Fix: send the body as the API document (/openapi.json) describes it."
        case 401: "Sign in first. Fix: POST /api/session, or sign in at /signin."
        case 403: "You may not do this. Fix: ask a user whose role may."
        case 404: "There is nothing at this address. Fix: check the address; the API's routes are listed at /openapi.json."
        case 405: "This address does not take this method. Fix: check the method in /openapi.json."
        case 413: "The request is too large. Fix: send less; a body may be at most 4 MB (1 MB for forms)."
        case 414: "The address is too long. Fix: shorten it."
        case 415: "The body's media type is not what this route takes. Fix: send application/json (see /openapi.json)."
        case 422: "The request has problems; nothing was changed. Fix: correct the fields named."
        case 429: "Too many requests. Fix: wait and try again."
        default: "\(status.reasonPhrase). Fix: check the request against /openapi.json."
        }
    }

    /// The field a bare status is about.
    static func field(of status: HTTPResponseStatus) -> String {
        switch status.code {
        case 401: "Authorization"
        case 403: "role"
        case 404, 414: "path"
        case 405: "method"
        case 415: "Content-Type"
        case 429: "username"
        default: "body"
        }
    }
}

/// Input the service refuses, with every problem found (not just the first).
struct InputFailure: Error {
    let message: String
    let problems: [Problem]

    init(_ message: String, problems: [Problem] = []) {
        self.message = message
        self.problems = problems
    }
}

extension StorageError {
    /// The API field at fault, where the error names one.
    var field: String? {
        switch self {
        case .invalidUser(let field, _):
            ["user name": "username", "display name": "display_name", "AMHP id": "amhp_id"][field] ?? field
        case .roundTripFailed(_, let field, _, _), .invalidJSON(let field): field
        case .duplicateUsername: "username"
        default: nil
        }
    }

    var httpStatus: HTTPResponseStatus {
        switch self {
        case .unknownRota, .unknownUser, .noHub, .unknownSolveJob, .unknownScenarioRun, .unknownAssessment: .notFound
        case .duplicateUsername, .rotaNotDraft, .invalidJobTransition, .jobLeaseLost, .noPublishedRota: .conflict
        // A value that would not read back as written was refused before anything was stored: the input's fault.
        case .invalidUser, .invalidJSON, .roundTripFailed, .scenarioRunTooLarge: .unprocessableEntity
        default: .internalServerError
        }
    }
}

/// A decoding error as a sentence naming the field.
enum DecodingText {
    /// The field at fault, as the API names it (`amhp_id`, `assignments[2].date`); `body` for the whole.
    static func field(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        var last: String?
        switch error {
        case .keyNotFound(let key, let keyContext):
            context = keyContext
            last = key.stringValue
        case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext), .dataCorrupted(let errorContext):
            context = errorContext
        @unknown default:
            return "body"
        }
        let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? snake($0.stringValue) } + (last.map { [snake($0)] } ?? [])
        return names.isEmpty ? "body" : names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    /// A Swift property name as the API writes it: `amhpID` → `amhp_id`.
    static func snake(_ name: String) -> String {
        var result = ""
        for character in name.replacingOccurrences(of: "ID", with: "Id") {
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
        return result
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "the body" : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "field \(context.codingPath.isEmpty ? "" : path(context) + ".")\(key.stringValue) is missing."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field \(path(context)) has the wrong type: \(context.debugDescription)"
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A minimal page for errors outside the API.
enum ErrorPage {
    static func html(status: HTTPResponseStatus, message: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(status.code) \(HTMLText.escape(status.reasonPhrase))</title>
        <link rel="stylesheet" href="/css/app.css"></head><body><main class="page">
        <h1>\(status.code) \(HTMLText.escape(status.reasonPhrase))</h1><p class="error">\(HTMLText.escape(message))</p>
        <p><a href="/">Back to the start</a></p></main></body></html>
        """
    }
}
