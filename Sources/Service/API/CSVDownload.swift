import Vapor
import Workforce

/// A CSV file sent as a download: `text/csv; charset=utf-8`, saved as `filename`, starting with the
/// UTF-8 byte order mark so Excel reads it as UTF-8.
///
/// The text comes from Workforce's `CSVDocument` (through `RotaFiles`, `TOILPayrollCSV` or the
/// planning commands), which already neutralises cells a spreadsheet would read as a formula.
enum CSVDownload {
    static func response(_ text: String, filename: String) -> Response {
        let response = Response(status: .ok, body: .init(string: CSVDocument.withByteOrderMark(text)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: filename)
        return response
    }
}
