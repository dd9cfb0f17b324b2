import Foundation
import Planning
import Vapor

/// The files one planning command wrote (`--out`), read back for the API and the pages.
struct PlanningResult: Sendable {
    let folder: URL

    /// A file the command wrote, as text.
    func text(_ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Abort(.internalServerError, reason: "The planning command did not write \(name); the amhp executable may be older than the service.")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Its JSON summary, decoded.
    func summary<Summary: Decodable>(_ type: Summary.Type, file: String) throws -> Summary {
        do {
            return try PlanningJSON.decode(type, from: Data(try text(file).utf8))
        } catch let error as DecodingError {
            throw Abort(.internalServerError, reason: "\(file) from the planning command could not be read (\(DecodingText.describe(error))); the amhp executable may not match the service.")
        }
    }
}
