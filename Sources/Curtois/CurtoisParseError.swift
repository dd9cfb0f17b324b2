/// Why a benchmark file could not be read: the file, the 1-based line (0 when the problem is the file as a
/// whole) and what is wrong, so the message points at the place to fix.
public struct CurtoisParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)"
    }
}
