import Foundation
import TestSupport

/// Runs the built `amhp` executable as a person would, capturing its output and exit status.
struct CLIRunner {
    typealias Result = ProgramRun.Ending

    /// The `amhp` binary beside the test bundle (SwiftPM builds it first, as a dependency).
    static var executable: URL { BuiltProgram.amhp }

    /// The package root, for Data/ and docs/.
    static var packageRoot: URL { BuiltProgram.packageRoot }

    /// Runs `amhp`, or another program built beside it (`amhp-rota`).
    static func run(_ arguments: [String], program: String = "amhp") throws -> Result {
        try ProgramRun.run(BuiltProgram.named(program), arguments, in: packageRoot)
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
