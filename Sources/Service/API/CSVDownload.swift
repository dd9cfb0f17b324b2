import Vapor
import Workforce

/// A CSV file sent as a download: `text/csv; charset=utf-8`, saved as `filename`, starting with the
/// UTF-8 byte order mark so Excel reads it as UTF-8.
///
/// The text comes from Workforce's `CSVDocument` (through `RotaFiles`, `TOILPayrollCSV` or the
/// planning commands), which already neutralises cells a spreadsheet would read as a formula.
enum CSVDownload {
    static let mediaType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])

    static func response(_ text: String, filename: String) -> Response {
        let response = Response(status: .ok, body: .init(string: CSVDocument.withByteOrderMark(text)))
        response.headers.contentType = mediaType
        response.headers.contentDisposition = .init(.attachment, filename: filename)
        return response
    }

    /// The same download with an ETag, 304 when the browser has it (`ConditionalGet`): for a
    /// published version, whose file changes only with the hub.
    static func conditionalResponse(_ request: Request, _ text: String, filename: String, scope: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentDisposition = .init(.attachment, filename: filename)
        return ConditionalGet.response(request, scope: scope, body: Data(CSVDocument.withByteOrderMark(text).utf8),
                                       contentType: mediaType, headers: headers)
    }
}
