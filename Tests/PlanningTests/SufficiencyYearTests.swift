import Foundation
import Testing
import Workforce
@testable import Planning

/// The year's FTE with each month's own cover, against the busiest month's held all year.
@Suite(.serialized) struct SufficiencyYearTests {
    @Test func theYearNeedsLessThanTheBusiestMonthHeldAllYear() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let december = try SufficiencyAnalysis(data: data, month: try SufficiencyAnalysis.defaultMonth(data))
        let year = try SufficiencyYear(data: data, from: december)
        #expect(year.months.count == 12 && year.months.first?.month == december.month && year.months.last?.month == Month("2027-11"))
        let values = year.months.map(\.neededFTE)
        #expect(values.first == december.neededFTE)
        // December is the demo's busiest month: no month needs more, and the year needs less.
        #expect(values.allSatisfy { $0 <= december.neededFTE + 1e-9 })
        #expect(year.neededFTE < december.neededFTE && year.neededFTE >= (values.min() ?? 0))
        // The mean is weighted by the days of each month.
        let days = year.months.reduce(0) { $0 + $1.month.dayCount }
        #expect(abs(year.neededFTE - year.months.reduce(0.0) { $0 + $1.neededFTE * Double($1.month.dayCount) } / Double(days)) < 1e-12)
        #expect(NumberText.fixed(year.neededFTE) == "23.8")
        let summary = SufficiencySummary(december, hub: data.hub, year: year)
        #expect(summary.year?.months.count == 12 && summary.year?.neededFTE == year.neededFTE)
        #expect(SufficiencyReportText.make(december, hubName: "Hub", year: year).contains("FTE needed over the year, each month with its own cover: 23.8"))
    }
}
