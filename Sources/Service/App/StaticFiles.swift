import Vapor

/// Serves the stylesheets and scripts in `Public/`, and nothing else: other paths never reach the
/// file system (a path of thousands of characters made `stat` fail and the request answer 500).
struct StaticFiles: AsyncMiddleware {
    static let folders = ["/css/", "/js/"]
    /// Longer than any file shipped; the file system's own limit on a name is 255 bytes.
    static let maximumPathBytes = 200

    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard Self.folders.contains(where: path.hasPrefix), path.utf8.count <= Self.maximumPathBytes else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
