import Dispatch
import Foundation

/// Runs a program (`amhp` as a person would) to its end without holding a thread of Swift's
/// cooperative pool: a blocking wait there holds one of a 2-core machine's two, and while a planning
/// command or a month's rota ran, another test's fake child job once waited over 10 s to be scheduled.
/// The waiting happens on a Dispatch thread instead.
enum ExternalProcess {
    struct Ending: Sendable {
        let status: Int32
        let output: String
    }

    /// `input`, when given, is written to its standard input, which is then closed; `keepsOutput`
    /// returns its standard output (otherwise dropped). Standard error is dropped.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    keepsOutput: Bool = false) async throws -> Ending {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = executable
                process.arguments = arguments
                if let directory { process.currentDirectoryURL = directory }
                let output = Pipe(), standardInput = Pipe()
                process.standardOutput = keepsOutput ? output : FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                process.standardInput = standardInput
                do {
                    try process.run()
                    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
                    try standardInput.fileHandleForWriting.close()
                    let data = keepsOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
                    process.waitUntilExit()
                    continuation.resume(returning: Ending(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self)))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
