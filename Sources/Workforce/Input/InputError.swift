/// One thing wrong in a hub's input files, located and with a fix a manager can make.
///
///     amhps.csv, line 7, column fte: "1,0" is not a number. Fix: write the FTE as a decimal, e.g. 0.8.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line in the file; nil when the problem is with the file as a whole.
    public let line: Int?
    /// The column (CSV) or key (rules file) at fault.
    public let field: String?
    public let problem: String
    public let fix: String

    public init(file: String, line: Int?, field: String?, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        var location = file
        if let line { location += ", line \(line)" }
        if let field { location += ", field \(field)" }
        return "\(location): \(problem) Fix: \(fix)"
    }
}

/// Every problem found in a hub's files, so a manager can fix them all in one pass.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [InputError]

    public init(_ errors: [InputError]) {
        self.errors = errors
    }

    /// Every problem, one a line, up to `InputLimits.problemsShown`; then how many more there are
    /// and in which files, since a file of thousands of bad rows is better fixed whole than read.
    public var description: String {
        let heading = errors.count == 1 ? "1 problem in the hub's files:" : "\(errors.count) problems in the hub's files:"
        var lines = [heading] + errors.prefix(InputLimits.problemsShown).map { "  - \($0.description)" }
        let rest = errors.dropFirst(InputLimits.problemsShown)
        if !rest.isEmpty {
            let files = Set(rest.map(\.file)).sorted().joined(separator: ", ")
            lines.append("  ... and \(rest.count) more in \(files); fix those above first, or check for rows repeated by mistake.")
        }
        return lines.joined(separator: "\n")
    }
}
