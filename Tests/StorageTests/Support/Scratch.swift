import Foundation

/// A temporary folder, removed when the test is done.
struct Scratch {
    let folder: URL

    init(_ label: String = "storage") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
