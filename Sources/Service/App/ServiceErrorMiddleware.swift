import Rostering
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
                let next = wanted.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_."))) ?? "/"
                return request.redirect(to: "/signin?next=\(next)")
            }
            let response = Response(status: failure.status)
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

/// An error as a status, a sentence and its particulars.
struct ServiceFailure {
    let status: HTTPResponseStatus
    let message: String
    let problems: [Problem]

    init(status: HTTPResponseStatus, message: String, problems: [Problem] = []) {
        self.status = status
        self.message = message
        self.problems = problems
    }

    init(_ error: any Error) {
        switch error {
        case let failure as InputFailure:
            self.init(status: .unprocessableEntity, message: failure.message, problems: failure.problems)
        case let abort as any AbortError:
            self.init(status: abort.status, message: abort.reason)
        case let errors as InputErrors:
            self.init(status: .unprocessableEntity, message: "The change would leave the hub's files invalid.",
                      problems: errors.errors.map { Problem(field: $0.field ?? $0.file, message: $0.description) })
        case let ledger as TOILLedgerError:
            self.init(status: .unprocessableEntity, message: ledger.description)
        case let storage as StorageError:
            self.init(status: storage.httpStatus, message: storage.description)
        case let decoding as DecodingError:
            self.init(status: .badRequest, message: "The request body is not what this route takes: \(DecodingText.describe(decoding))")
        default:
            self.init(status: .internalServerError, message: "Something went wrong on the server; it has been logged.")
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
    var httpStatus: HTTPResponseStatus {
        switch self {
        case .unknownRota, .unknownUser, .noHub, .unknownSolveJob: .notFound
        case .duplicateUsername, .rotaNotDraft, .invalidJobTransition: .conflict
        // A value that would not read back as written was refused before anything was stored: the input's fault.
        case .invalidUser, .invalidJSON, .roundTripFailed: .unprocessableEntity
        default: .internalServerError
        }
    }
}

/// A decoding error as a sentence naming the field.
enum DecodingText {
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
