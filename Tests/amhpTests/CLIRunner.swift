import Foundation

/// Runs the built `amhp` executable as a person would, capturing its output and exit status.
struct CLIRunner {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The `amhp` binary beside the test bundle (SwiftPM builds it first, as a dependency).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["AMHP_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On macOS the bundle is a folder (…/X.xctest/Contents/MacOS/X); walk up to the build folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("amhp").path), folder.pathComponents.count > 1 {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("amhp")
    }

    /// The package root, for Data/ and docs/.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `amhp`, or another program built beside it (`amhp-rota`).
    static func run(_ arguments: [String], program: String = "amhp") throws -> Result {
        let process = Process()
        process.executableURL = program == "amhp" ? executable : executable.deletingLastPathComponent().appendingPathComponent(program)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
