import Foundation

/// The programs the package builds, found beside the test bundle (SwiftPM builds them first, as
/// dependencies of the test targets), and the package's own folder.
public enum BuiltProgram {
    /// `amhp`, or `AMHP_EXECUTABLE` when set (to test an installed build); looked up once.
    public static let amhp: URL = {
        if let path = ProcessInfo.processInfo.environment["AMHP_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On macOS the bundle is a folder (…/X.xctest/Contents/MacOS/X); walk up to the build folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("amhp").path), folder.pathComponents.count > 1 {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("amhp")
    }()

    /// Another program built beside `amhp` (`amhp-rota`).
    public static func named(_ name: String) -> URL {
        name == "amhp" ? amhp : amhp.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The package root, for Data/ and docs/.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
