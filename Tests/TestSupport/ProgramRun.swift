import Dispatch
import Foundation
import Synchronization

/// Runs a program to its end as a person would, with what it wrote.
public enum ProgramRun {
    public struct Ending: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// Blocks the calling thread until the program ends. `input`, when given, is written to its
    /// standard input, which is then closed; `environment`, when given, is its whole environment.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
                           environment: [String: String]? = nil) throws -> Ending {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        // Both pipes are read to their ends at once, so neither can fill and block the program.
        let errorData = Mutex(Data())
        let errorsRead = DispatchGroup()
        DispatchQueue.global().async(group: errorsRead) {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            errorData.withLock { $0 = data }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        return Ending(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData.withLock { $0 }, as: UTF8.self))
    }

    /// The same without holding a thread of Swift's cooperative pool: a blocking wait there holds
    /// one of a 2-core machine's two, and while a planning command or a month's rota ran, another
    /// test's fake child job once waited over 10 s to be scheduled. The wait happens on a Dispatch
    /// thread instead.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
                           environment: [String: String]? = nil) async throws -> Ending {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(executable, arguments, in: directory, input: input, environment: environment) })
            }
        }
    }
}
