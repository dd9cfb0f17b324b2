import Foundation

/// Writes a set of output files, each atomically, creating the folder when needed.
public enum PlanningOutputFolder {
    public static func write(_ files: [(name: String, content: String)], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try Data(file.content.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }
}
