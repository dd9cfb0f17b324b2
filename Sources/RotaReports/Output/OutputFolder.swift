import Foundation
import Workforce

/// Writes a set of output files so that none is left half-written: each goes to a temporary
/// file in the folder first and is then moved into place. CSV files start with the UTF-8 byte order
/// mark, so Excel reads them as UTF-8.
public enum OutputFolder {
    public static func write(_ files: [(name: String, content: String)], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try CSVDocument.fileData(file.content, named: file.name).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// Writes one binary file (`rota.xlsx`) the same way.
    public static func write(_ data: Data, named name: String, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: folder.appendingPathComponent(name), options: .atomic)
    }
}
