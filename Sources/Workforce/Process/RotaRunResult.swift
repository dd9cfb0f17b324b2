import Foundation

/// What `amhp rota --result-json PATH` writes: how the solve ended, what the rota costs by rule,
/// what the independent checker made of it, whether a manager would sign it (`quality`), how long
/// each stage took, and the files written.
///
/// It lives here, below the solver, so that the service can read a child's result without the
/// solver's types. Keys are snake_case; the format is described in docs/service.md.
public struct RotaRunResult: Codable, Hashable, Sendable {
    /// The format's version; a reader refuses a result of a version it does not know.
    public static let currentVersion = 1

    /// How the solve ended.
    public struct Status: Codable, Hashable, Sendable {
        /// Ours, one of `optimal`, `gap_reached`, `time_limit_with_solution`,
        /// `node_limit_with_solution`, … (the solver's `TerminationStatus`).
        public let code: String
        /// Ours in words, as the report prints it: "optimal", "feasible, time limit reached (see gap)".
        public let words: String
        /// GLPK's own sentence for how its search ended.
        public let glpk: String

        public init(code: String, words: String, glpk: String) {
            (self.code, self.words, self.glpk) = (code, words, glpk)
        }
    }

    /// The independent checker's verdict on the rota written.
    public struct Check: Codable, Hashable, Sendable {
        public let hardViolations: Int
        public let softViolations: Int
        /// The objective the checker recomputes from the rota alone.
        public let objective: Double
        /// Penalty by rule as the checker prices it (`cover_below_minimum`, …).
        public let penalties: [String: Double]
        /// Whether the checker's objective is the solver's (to a millionth).
        public let agrees: Bool
        /// The share of shifts with cover at least at the minimum (0 to 1).
        public let coverMetFraction: Double

        public init(hardViolations: Int, softViolations: Int, objective: Double, penalties: [String: Double], agrees: Bool,
                    coverMetFraction: Double) {
            self.hardViolations = hardViolations
            self.softViolations = softViolations
            self.objective = objective
            self.penalties = penalties
            self.agrees = agrees
            self.coverMetFraction = coverMetFraction
        }

        enum CodingKeys: String, CodingKey {
            case hardViolations = "hard_violations", softViolations = "soft_violations", objective, penalties, agrees
            case coverMetFraction = "cover_met_fraction"
        }
    }

    /// Seconds each stage took.
    public struct Timings: Codable, Hashable, Sendable {
        /// Reading the hub and building the instance and the model.
        public let build: Double
        /// The solve itself: greedy start, GLPK, neighbourhood search.
        public let solve: Double
        /// The independent check of the rota.
        public let check: Double

        public init(build: Double, solve: Double, check: Double) {
            (self.build, self.solve, self.check) = (build, solve, check)
        }
    }

    /// The files written, as absolute paths.
    public struct Files: Codable, Hashable, Sendable {
        public let rotaCSV: String
        public let coverageCSV: String
        public let summaryCSV: String
        public let rotaHTML: String

        public init(rotaCSV: String, coverageCSV: String, summaryCSV: String, rotaHTML: String) {
            (self.rotaCSV, self.coverageCSV, self.summaryCSV, self.rotaHTML) = (rotaCSV, coverageCSV, summaryCSV, rotaHTML)
        }

        enum CodingKeys: String, CodingKey {
            case rotaCSV = "rota_csv", coverageCSV = "coverage_csv", summaryCSV = "summary_csv", rotaHTML = "rota_html"
        }
    }

    public let version: Int
    /// `YYYY-MM`.
    public let month: String
    public let status: Status
    /// The solver's objective: the rota's total penalty (lower is better).
    public let objective: Double
    /// The best proven lower bound, when there is one.
    public let bound: Double?
    /// The relative gap between objective and bound (0.01 = 1%), when there is a bound.
    public let gap: Double?
    /// Penalty by rule as the solver's model prices the rota (`cover_below_minimum`, …).
    public let penalties: [String: Double]
    public let check: Check
    /// The rota's quality section in figures; nil in a result written before it existed, which
    /// still reads (the key is new, so the format's version is unchanged).
    public let quality: Quality?
    public let timings: Timings
    public let seed: UInt64
    /// Seconds the solve was given.
    public let timeLimit: Double
    /// The relative gap asked for (`--gap`).
    public let requestedGap: Double
    public let files: Files
    /// The status the command ends with (0 done, 3 when the checker found a hard violation).
    public let exitStatus: Int32

    public init(month: String, status: Status, objective: Double, bound: Double?, gap: Double?, penalties: [String: Double],
                check: Check, quality: Quality? = nil, timings: Timings, seed: UInt64, timeLimit: Double, requestedGap: Double,
                files: Files, exitStatus: ExitStatus) {
        self.version = Self.currentVersion
        self.month = month
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.penalties = penalties
        self.check = check
        self.quality = quality
        self.timings = timings
        self.seed = seed
        self.timeLimit = timeLimit
        self.requestedGap = requestedGap
        self.files = files
        self.exitStatus = exitStatus.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case version, month, status, objective, bound, gap, penalties, check, quality, timings, seed
        case timeLimit = "time_limit", requestedGap = "requested_gap", files, exitStatus = "exit_status"
    }

    /// Whether the solver's and the checker's objectives agree, to a millionth of the larger.
    public static func objectivesAgree(_ solver: Double, _ checker: Double) -> Bool {
        abs(solver - checker) <= 1e-6 * max(abs(solver), abs(checker), 1)
    }

    /// The rules whose penalty the solver and the checker price differently.
    public var disagreeingRules: [String] {
        Set(penalties.keys).union(check.penalties.keys).sorted().filter { key in
            !Self.objectivesAgree(penalties[key] ?? 0, check.penalties[key] ?? 0)
        }
    }

    // MARK: Reading and writing

    /// Why a result file could not be read, naming the field.
    public struct ReadError: Error, CustomStringConvertible, Equatable {
        public let field: String
        public let problem: String

        public init(field: String, problem: String) {
            (self.field, self.problem) = (field, problem)
        }

        public var description: String {
            "The rota result's \(field) \(problem) Fix: run the amhp of the same version as the service (the result format is version \(RotaRunResult.currentVersion))."
        }
    }

    /// The result as written: pretty, sorted keys, ending in a newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a result, refusing one whose fields are missing, of the wrong type, out of range, or
    /// of another format version; the error names the field.
    public static func decode(_ data: Data) throws -> RotaRunResult {
        guard data.count <= 4_000_000 else { throw ReadError(field: "file", problem: "is larger than 4 MB, so it is not a result.") }
        let result: RotaRunResult
        do {
            result = try JSONDecoder().decode(RotaRunResult.self, from: data)
        } catch let error as DecodingError {
            throw readError(error)
        }
        guard result.version == currentVersion else {
            throw ReadError(field: "version", problem: "is \(result.version), and this service reads version \(currentVersion).")
        }
        let numbers: [(String, Double?)] = [("objective", result.objective), ("bound", result.bound), ("gap", result.gap),
                                            ("check.objective", result.check.objective), ("time_limit", result.timeLimit),
                                            ("timings.build", result.timings.build), ("timings.solve", result.timings.solve),
                                            ("timings.check", result.timings.check)]
        for case let (field, value?) in numbers where !value.isFinite {
            throw ReadError(field: field, problem: "is not a finite number.")
        }
        guard result.check.hardViolations >= 0 else { throw ReadError(field: "check.hard_violations", problem: "is negative.") }
        if let problem = result.quality?.problem() { throw problem }
        guard ExitStatus(code: result.exitStatus) != nil else {
            throw ReadError(field: "exit_status", problem: "is \(result.exitStatus), which no amhp command ends with.")
        }
        return result
    }

    /// Reads the result file at `url`.
    public static func read(_ url: URL) throws -> RotaRunResult {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ReadError(field: "file", problem: "was not written at \(url.path).")
        }
        return try decode(data)
    }

    private static func readError(_ error: DecodingError) -> ReadError {
        func path(_ context: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "file" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ReadError(field: path(context, key), problem: "is missing.")
        case .typeMismatch(let type, let context):
            return ReadError(field: path(context), problem: "is not a \(type).")
        case .valueNotFound(let type, let context):
            return ReadError(field: path(context), problem: "is null where a \(type) is needed.")
        case .dataCorrupted(let context):
            return ReadError(field: path(context), problem: "is not JSON the result format allows (\(context.debugDescription)).")
        @unknown default:
            return ReadError(field: "file", problem: "could not be read.")
        }
    }
}
