import Foundation
import Vapor

/// Responses of the planning routes: the summaries as JSON, the tables as CSV downloads, the
/// charts as SVG.
enum PlanningResponse {
    /// JSON as the rest of the API writes it; a number that is not finite (a ratio over nothing)
    /// is written as "NaN" or "Infinity" rather than failing the whole answer.
    static func json<Value: Encodable>(_ value: Value) throws -> Response {
        let encoder = JSONCoding.encoder
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let response = Response(status: .ok, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        return response
    }

    /// A table as a CSV download, named as the command names it with a suffix (the month, the date).
    static func csv(_ text: String, file: String, suffix: String) -> Response {
        let base = file.hasSuffix(".csv") ? String(file.dropLast(4)) : file
        return CSVDownload.response(text, filename: suffix.isEmpty ? file : "\(base)-\(suffix).csv")
    }

    /// A chart, shown by the browser (or saved) as an SVG image.
    static func svg(_ text: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        return response
    }
}
