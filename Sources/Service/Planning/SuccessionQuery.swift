import Planning
import Workforce

/// What the lead asks of the succession model: the date to take the register on, and how many
/// futures to simulate with which seed.
struct SuccessionQuery: Sendable, Hashable {
    var asOf: LocalDate
    var simulations = 1000
    var seed = 1

    /// The most simulations a request may ask for. Time grows with them: on the demo hub 1,000 take
    /// about 6 s and 5,000 about 21 s (debug build), so 20,000 stay inside `CachedPlanningCommand.timeLimit`.
    static let maximumSimulations = 20_000

    /// Reads `as_of`, `simulations` and `seed` from a query string, collecting every problem.
    static func read(asOf: String?, simulations: String?, seed: String?, today: LocalDate) throws -> SuccessionQuery {
        var reader = FieldReader()
        var query = SuccessionQuery(asOf: today)
        if let asOf, !asOf.isEmpty, let date = reader.date(asOf, field: "as_of") { query.asOf = date }
        if let simulations, !simulations.isEmpty {
            if let value = Int(simulations), (10...maximumSimulations).contains(value) {
                query.simulations = value
            } else {
                reader.add("simulations", "\"\(simulations)\" is not a whole number from 10 to \(maximumSimulations); 1000 is usual.")
            }
        }
        if let seed, !seed.isEmpty {
            if let value = Int(seed), value >= 0 {
                query.seed = value
            } else {
                reader.add("seed", "\"\(seed)\" is not a whole number of 0 or more.")
            }
        }
        try reader.check("The succession request has problems.")
        return query
    }

    /// The query string that asks for this again (for links to the chart and tables).
    var queryString: String {
        "?as_of=\(asOf)&simulations=\(simulations)&seed=\(seed)"
    }

    var arguments: [String] {
        ["--as-of", asOf.description, "--simulations", String(simulations), "--seed", String(seed)]
    }
}
