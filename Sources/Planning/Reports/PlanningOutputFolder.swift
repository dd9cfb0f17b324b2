import Foundation
import Workforce

/// Writes a set of output files, each atomically, creating the folder when needed; CSV files start
/// with the UTF-8 byte order mark (`CSVDocument.fileData`).
public enum PlanningOutputFolder {
    public static func write(_ files: [(name: String, content: String)], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try CSVDocument.fileData(file.content, named: file.name).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }
}
