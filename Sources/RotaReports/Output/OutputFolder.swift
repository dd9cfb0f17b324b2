import Foundation

/// Writes a set of output files so that none is left half-written: each goes to a temporary
/// file in the folder first and is then moved into place.
public enum OutputFolder {
    public static func write(_ files: [(name: String, content: String)], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try Data(file.content.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }
}
