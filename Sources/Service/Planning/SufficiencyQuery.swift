import Planning
import Workforce

/// What the lead asks of the sufficiency model: a month, a change in demand, and any assumptions
/// moved for this run (`SufficiencyAssumption`, as `amhp sufficiency --assume` takes them).
struct SufficiencyQuery: Sendable, Hashable {
    /// Nil for the command's default: the next occurrence of the referral log's busiest month.
    var month: Month?
    /// Demand changed by this many percent (the command's `--demand-change`).
    var demandChangePercent: Double = 0
    /// Assumptions moved for this run; the rest are planning.yaml's.
    var assumptions: [SufficiencyAssumption: Double] = [:]

    /// Reads `month`, `demand_change` and each assumption's key from a query string, collecting every problem.
    static func read(month: String?, demandChange: String?, assumptions typed: [SufficiencyAssumption: String] = [:]) throws -> SufficiencyQuery {
        var reader = FieldReader()
        var query = SufficiencyQuery()
        if let month, !month.isEmpty { query.month = reader.month(month) }
        if let demandChange, !demandChange.isEmpty {
            if let value = Double(demandChange), value > -100, value <= 500 {
                query.demandChangePercent = value
            } else {
                reader.add("demand_change", "\"\(demandChange)\" is not a change in percent above -100 and at most 500; give a number such as 10 or -5.")
            }
        }
        for (assumption, text) in typed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where !text.isEmpty {
            switch assumption.read(text) {
            case .success(let value): query.assumptions[assumption] = value
            case .failure(let problem): reader.add(problem.key, problem.message)
            }
        }
        try reader.check("The sufficiency request has problems.")
        return query
    }

    /// The query string that asks for this again (for links to the charts and tables).
    var queryString: String {
        var parts: [String] = []
        if let month { parts.append("month=\(month)") }
        if demandChangePercent != 0 { parts.append("demand_change=\(NumberText.plain(demandChangePercent))") }
        parts += assumptionPairs.map { "\($0)=\($1)" }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    var arguments: [String] {
        (month.map { ["--month", "\($0)"] } ?? []) + ["--demand-change", String(demandChangePercent)]
            + assumptionPairs.flatMap { ["--assume", "\($0)=\($1)"] }
    }

    /// The moved assumptions as key and value text, in a fixed order (so equal queries share a cache key).
    var assumptionPairs: [(String, String)] {
        SufficiencyAssumption.allCases.compactMap { assumption in assumptions[assumption].map { (assumption.rawValue, NumberText.plain($0)) } }
    }
}
