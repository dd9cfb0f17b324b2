import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// The report `amhp rota` prints, on `ReportFixture`'s rota: the cover count leaves duty out, and
/// the quality section sits between the shortfalls and the objective by rule.
@Suite struct RotaReportTextTests {
    @Test func theReportCarriesTheQualitySection() throws {
        let report = ReportFixture.report
        let solution = RotaSolution(rota: ReportFixture.rota, status: .optimal, rawStatus: "optimal", objective: report.objective, bound: nil,
                                    seconds: 1, penalties: report.penalties, startObjective: nil, fullModelObjective: nil,
                                    searchIterations: 0, searchImprovements: 0, modelSize: (0, 0, 0))
        let text = RotaReportText.make(hub: ReportFixture.hub, solution: solution, report: report, explanations: [])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Cover met: ") && $0.contains(" of 62 shifts at minimum") })
        let heading = try #require(lines.firstIndex(of: "Quality (would a manager sign it?):"))
        let byRule = try #require(lines.firstIndex(of: "Objective by rule (weight × breach):"))
        #expect(heading < byRule)
        #expect(Array(lines[(heading + 1)..<byRule]) == RotaQuality(report: report, hub: ReportFixture.hub).lines.map { "  " + $0 })
        #expect(lines.contains("  Most people on one shift: 3, on N Sun 2026-12-06 (target 2)."))
    }
}
