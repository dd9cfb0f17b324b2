import Foundation
import Testing
import Workforce
@testable import Planning

/// The annual sufficiency report on the demo hub: its tables carry the summaries' own figures, its
/// workforce adds up, and its risks come from the figures and from the self-assessment, highest first.
@Suite(.serialized) struct AnnualReportTests {
    static let day = LocalDate("2026-12-05")!

    static func summaries() throws -> (PlanningData, SufficiencySummary, SuccessionSummary) {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let analysis = try SufficiencyAnalysis(data: data, month: try SufficiencyAnalysis.defaultMonth(data))
        let sensitivity = try SufficiencySensitivity(data: data, central: analysis)
        let plan = try TrainingPlanner(data: data, asOf: day, simulations: 100, seed: 1, target: try SuccessionTarget.make(data, asOf: day)).plan()
        return (data, SufficiencySummary(analysis, hub: data.hub, sensitivity: sensitivity),
                SuccessionSummary(register: Register(data: data, asOf: day), plan: plan, settings: data.settings, hubName: data.hub.rules.hubName))
    }

    @Test func theReportCarriesTheSummariesFiguresAndRisksHighestFirst() throws {
        let (data, sufficiency, succession) = try Self.summaries()
        let standards = try ServiceStandards.published().standards
        // Lee rated 2.3 high with an action, 4.1 low (no risk for the Director), 4.2 medium.
        let ratings: [String: StandardRating] = [
            "2.3": StandardRating(standard: "2.3", evaluation: .partially,
                                  actions: [StandardAction(text: "Agree a reserve list", term: .short, owner: "Lee Morgan", due: LocalDate("2027-03-31"))], risk: .high),
            "4.1": StandardRating(standard: "4.1", evaluation: .consistently, risk: .low),
            "4.2": StandardRating(standard: "4.2", evaluation: .toAGreaterExtent, risk: .medium),
        ]
        let rating: (String) -> StandardRating = { ratings[$0] ?? StandardRating(standard: $0) }
        let part = AnnualReport.StandardsPart(title: "Winter 2026", assessedOn: Self.day, standards: standards, rating: rating, previous: nil)
        let report = AnnualReport(madeOn: Self.day, hub: data.hub, sufficiency: sufficiency, succession: succession, standards: part,
                                  standardsRatings: standards.map { rating($0.number) })
        let tables = AnnualReportTables.tables(report)
        #expect(tables.map(\.name) == AnnualReportTables.names)
        let fte = try #require(tables.first { $0.name == "fte" })
        #expect(fte.rows.first == ["FTE needed (central, the month planned for held all year)", NumberText.fixed(sufficiency.neededFTE)])
        #expect(fte.rows.contains(["FTE available", NumberText.fixed(sufficiency.availableFTE)]))
        // Approved AMHPs by profession and employer add up to the register's approved and suspended.
        let headcount = report.workforce.reduce(0) { $0 + $1.headcount }
        #expect(headcount == (succession.register.counts["approved"] ?? 0) + (succession.register.counts["suspended"] ?? 0))
        #expect(tables.first { $0.name == "succession" }?.rows.count == succession.projection.quarters.count)
        // Workload per approved AMHP: the assessments a year over the approved headcount.
        let ratios = try #require(sufficiency.ratios)
        let perAMHP = ratios.assessmentsPer100000 * ratios.population / 100_000 / Double(ratios.approvedAMHPs)
        #expect(tables.first?.rows.contains(["Assessments a year per approved AMHP", NumberText.fixed(perAMHP)]) == true)
        #expect(tables.first { $0.name == "standards" }?.rows.count == 28)

        let sources = report.risks.map(\.source)
        #expect(sources.contains("Sufficiency") && sources.contains("Standard 2.3") && sources.contains("Standard 4.2"))
        #expect(!sources.contains("Standard 4.1"))
        #expect(report.risks.map(\.level) == report.risks.map(\.level).sorted(by: >))
        #expect(report.risks.first { $0.source == "Standard 2.3" }?.actions == ["Agree a reserve list (Lee Morgan, by 2027-03-31; short term)"])
        // The demo is short of FTE: the first risk says by how much.
        #expect(sufficiency.gapFTE > 0)
        #expect(report.risks.first?.text.hasPrefix("\(NumberText.fixed(sufficiency.gapFTE)) rota FTE short") == true)

        let text = AnnualReportText.make(report)
        #expect(text.contains("[High] Standard 2.3: Rated partially in the self-assessment."))
        #expect(text.contains("Ratios with their sources") && text.contains("BASW working guideline"))
    }

    @Test func withoutASelfAssessmentTheReportSaysSoAndHasNoStandardsRisks() throws {
        let (data, sufficiency, succession) = try Self.summaries()
        let report = AnnualReport(madeOn: Self.day, hub: data.hub, sufficiency: sufficiency, succession: succession, standards: nil, standardsRatings: [])
        #expect(AnnualReportTables.tables(report).first { $0.name == "standards" }?.rows.isEmpty == true)
        #expect(!report.risks.contains { $0.source.hasPrefix("Standard") })
    }
}
