import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The annual sufficiency report through the service: its tables as JSON and CSV, and the page
/// (laid out for print), for leads and managers only. Lee's self-assessment rates 2.3 high.
@Suite struct AnnualReportAPITests {
    @Test func leadsGetTheReportAsTablesCSVAndAPage() async throws {
        try await ServiceHarness.with { service in
            let assessments = StandardsAssessmentRepository(database: service.app.db)
            let winter = try await assessments.create(title: "Winter 2026", assessedOn: ServiceClock.today, by: "lee")
            try await assessments.rate(winter.id, StandardRating(standard: "2.3", evaluation: .partially, actions: [
                StandardAction(text: "Agree a reserve list", term: .short, owner: "Lee Morgan", due: nil)], risk: .high), by: "lee")

            let report = try ServiceHarness.object(try await service.send(.GET, "/api/report", as: "lee"))
            let tables = try #require(report["tables"] as? [[String: Any]])
            #expect(tables.compactMap { $0["name"] as? String } == ["demand", "fte", "employers", "professions", "ratios", "register", "succession",
                                                                    "standards", "risks"])
            let risks = try #require(tables.last?["rows"] as? [[String]])
            #expect(risks.contains { $0.first == "Standard 2.3" && $0[1] == "High" && $0[3].contains("Agree a reserve list") })

            let csv = try await service.send(.GET, "/api/report/tables/fte", as: "sam")
            #expect(csv.status == .ok && csv.body.string.contains("FTE needed (central") && csv.body.string.contains("FTE needed over the year, each month with its own cover"))
            #expect(try await service.send(.GET, "/api/report/tables/secrets", as: "lee").status == .notFound)
            #expect(try await service.send(.GET, "/api/report", as: "jo").status == .forbidden)

            let page = try await service.send(.GET, "/report", as: "lee")
            #expect(page.status == .ok)
            for part in ["In brief", "Risks and actions", "Ratios with their sources", "Succession: rota FTE by quarter", "print-report", "<svg"] {
                #expect(page.body.string.contains(part), "\(part)")
            }
            #expect(try await service.send(.GET, "/report", as: "helen").status == .forbidden)
        }
    }
}
