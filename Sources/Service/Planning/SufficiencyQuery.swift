import Planning
import Workforce

/// What the lead asks of the sufficiency model: a month and a change in demand.
struct SufficiencyQuery: Sendable, Hashable {
    /// Nil for the command's default: the next occurrence of the referral log's busiest month.
    var month: Month?
    /// Demand changed by this many percent (the command's `--demand-change`).
    var demandChangePercent: Double = 0

    /// Reads `month` and `demand_change` from a query string, collecting every problem.
    static func read(month: String?, demandChange: String?) throws -> SufficiencyQuery {
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
        try reader.check("The sufficiency request has problems.")
        return query
    }

    /// The query string that asks for this again (for links to the charts and tables).
    var queryString: String {
        var parts: [String] = []
        if let month { parts.append("month=\(month)") }
        if demandChangePercent != 0 { parts.append("demand_change=\(NumberText.plain(demandChangePercent))") }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    var arguments: [String] {
        (month.map { ["--month", "\($0)"] } ?? []) + ["--demand-change", String(demandChangePercent)]
    }
}
