import Foundation
import Planning
import Vapor
import Workforce

/// `amhp sufficiency` for the service: run in a child process on the stored hub and the planning
/// files, and cached by its inputs.
enum SufficiencyReports {
    /// The tables `amhp sufficiency --out` writes, each served as CSV.
    static let tables: [(file: String, summary: String)] = [
        ("demand_by_hour.csv", "Per hour of the week: referrals logged and expected, offered load, teams needed and on duty, AMHPs needed, minimum and target."),
        ("demand_by_month.csv", "Per month of the referral log: referrals, days observed, per day, observed and fitted seasonal index."),
        ("cover_needed.csv", "Per kind of day and shift: teams and AMHPs needed beside the hub's minimum and target."),
        ("fte.csv", "The arithmetic from contracted hours to rota FTE, needed, available and the gap."),
        ("workforce_fte.csv", "Each AMHP's rota FTE and the share of the month approved."),
        ("benchmarks.csv", "The hub per 100,000 population beside the BASW and ADASS benchmarks."),
        ("fte_sensitivity.csv", "FTE needed with each assumption at its low and high value, and with all of them together."),
        ("response_by_priority.csv", "Per priority class, most urgent first: time, own target, share of referrals and share picked up in time."),
        ("simulation_check.csv", "The cover simulated beside Erlang C: share in time with 95% intervals, wait percentiles and overrun."),
    ]

    /// The charts it draws, each served as SVG.
    static let charts: [(file: String, summary: String)] = [
        ("demand_heatmap.svg", "Demand heatmap: expected referrals per hour, Monday to Sunday by hour of the day."),
        ("cover_needed.svg", "AMHPs on duty across the week: the cover the demand needs against the hub's minimum and target."),
        ("fte_sensitivity.svg", "What moves the FTE needed: one bar per assumption from its low to its high value."),
    ]

    /// The result for a query, from the cache or a fresh `amhp sufficiency`.
    static func result(_ query: SufficiencyQuery, request: Request) async throws -> PlanningResult {
        try await CachedPlanningCommand.result("sufficiency", arguments: query.arguments, request: request)
    }

    static func summary(_ query: SufficiencyQuery, request: Request) async throws -> (SufficiencySummary, PlanningResult) {
        let result = try await result(query, request: request)
        return (try result.summary(SufficiencySummary.self, file: SufficiencySummary.fileName), result)
    }
}
