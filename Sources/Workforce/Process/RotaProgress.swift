import Foundation

/// One line of a solve's progress, as `amhp rota --progress json` writes it (one JSON object a
/// line on standard output) and the service reads it from the child.
///
///     {"elapsed":1.25,"phase":"search","incumbent":412,"bound":380.5,"gap":0.0766,"breaches":12,"message":"…"}
public struct RotaProgress: Codable, Hashable, Sendable {
    /// The stage of the solve, in the order they come.
    public enum Phase: String, Codable, Hashable, Sendable, CaseIterable {
        /// The model is built from the hub and month.
        case model
        /// The greedy start (a rota that keeps every hard rule) is built.
        case greedy
        /// GLPK's branch and cut on the whole model (or the LP bound of a large one).
        case branchAndCut = "branch_and_cut"
        /// Large-neighbourhood search improving the rota until the time limit.
        case search
        /// The independent checker re-checks the rota.
        case check
        /// The rota and the result are written.
        case done
    }

    /// Seconds since the solve started.
    public let elapsed: Double
    public let phase: Phase
    /// The best rota's objective so far.
    public let incumbent: Double?
    /// The best proven lower bound so far.
    public let bound: Double?
    /// The relative gap between them (0.01 = 1%).
    public let gap: Double?
    /// What the stage reached, in the words `--verbose` prints.
    public let message: String?
    /// Soft rules the best rota so far still breaks (each short shift, unmet request or fairness
    /// deviation counts once), when the stage knows; absent from lines written before it existed.
    public let breaches: Int?

    public init(elapsed: Double, phase: Phase, incumbent: Double? = nil, bound: Double? = nil, gap: Double? = nil, message: String? = nil,
                breaches: Int? = nil) {
        self.breaches = breaches
        self.elapsed = elapsed
        self.phase = phase
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap ?? Self.gap(incumbent: incumbent, bound: bound)
        self.message = message
    }

    /// The relative gap the solver reports: |incumbent − bound| / max(|incumbent|, 1).
    public static func gap(incumbent: Double?, bound: Double?) -> Double? {
        guard let incumbent, let bound, incumbent.isFinite, bound.isFinite else { return nil }
        return abs(incumbent - bound) / max(abs(incumbent), 1)
    }

    /// The line written for it: compact JSON with sorted keys, no newline inside.
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The progress a line of output holds, or nil for any other line (the report's text, a
    /// line cut short, a JSON object of another shape).
    public init?(line: some StringProtocol) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("{"), text.count <= 64_000,
              let value = try? JSONDecoder().decode(RotaProgress.self, from: Data(text.utf8)),
              value.elapsed.isFinite, value.elapsed >= 0, (value.breaches ?? 0) >= 0 else { return nil }
        self = value
    }

    /// The line `--verbose` would have printed: `[12.5 s] message`.
    public var text: String {
        let seconds = (elapsed * 100).rounded() / 100
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        if let message { return "[\(shown) s] \(message)" }
        var parts = [phase.rawValue.replacingOccurrences(of: "_", with: " ")]
        if let incumbent { parts.append("incumbent \(Self.number(incumbent))") }
        if let bound { parts.append("bound \(Self.number(bound))") }
        if let gap { parts.append("gap \(Self.number(gap * 100))%") }
        if let breaches { parts.append("\(breaches) soft breaches") }
        return "[\(shown) s] " + parts.joined(separator: ", ")
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
