import Foundation
import Planning
import Vapor
import Workforce

/// `amhp succession` for the service: run in a child process on the stored hub and the planning
/// files, and cached by its inputs (a new day is a new as-of date, so a new result).
enum SuccessionReports {
    /// The tables `amhp succession --out` writes, each served as CSV.
    static let tables: [(file: String, summary: String)] = [
        ("register.csv", "The register: per AMHP status, age, warrant, re-approval due, suspensions, CPD hours, the flags and the chance of re-approval the projection uses."),
        ("cpd_ledger.csv", "Each twelve-month period of each warrant with its training hours and whether it fell short."),
        ("projection.csv", "Per quarter, with and without the plan, in all and by group: FTE and headcount p10, median, p90, and the target."),
        ("projection_flows.csv", "Per quarter with the plan, averaged over simulations: start, joined, retired, left, not re-approved, end."),
        ("training_plan.csv", "Each intake (trainees, cost, approval date) and each hire, then each quarter's target against the median with the plan, with the agency and extra NHS FTE bought."),
    ]

    static let fanChart = (file: "succession_fan.svg",
                           summary: "The fan chart: median and 10th-90th percentile of rota FTE with and without the training plan, against the target.")

    /// The result for a query, from the cache or a fresh `amhp succession`.
    static func result(_ query: SuccessionQuery, request: Request) async throws -> PlanningResult {
        try await CachedPlanningCommand.result("succession", arguments: query.arguments, request: request)
    }

    static func summary(_ query: SuccessionQuery, request: Request) async throws -> (SuccessionSummary, PlanningResult) {
        let result = try await result(query, request: request)
        return (try result.summary(SuccessionSummary.self, file: SuccessionSummary.fileName), result)
    }
}
