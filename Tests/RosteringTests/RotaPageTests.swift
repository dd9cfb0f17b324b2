import RotaCheck
import RotaReports
import Testing
import Workforce

/// rota.html on `ReportFixture`'s rota: the quality section at the top, each cover cell's maximum,
/// shifts above target marked, and duty apart from cover.
@Suite struct RotaPageTests {
    let html = RotaPage(hub: ReportFixture.hub, rota: ReportFixture.rota, report: ReportFixture.report, explanations: [],
                        provenance: nil).render()

    @Test func theQualitySectionComesBeforeTheGridWithTheEnhancementTotal() throws {
        let section = try #require(html.range(of: "<h2>Quality at a glance</h2>"))
        let grid = try #require(html.range(of: "<table class=\"grid\">"))
        #expect(section.lowerBound < grid.lowerBound)
        #expect(html.contains("<ul class=\"quality flagged\">"), "shifts over target flag the section")
        #expect(html.contains("<li>Shifts over target: 2, with 2 AMHPs above target in all; the worst: D Tue 2026-12-01, 2 on a target of 1; N Sun 2026-12-06, 3 on a target of 2.</li>"))
        #expect(html.contains("<li>Enhancement for unsocial hours: £249.95 (LA £160.09; Wyvern Trust £89.86).</li>"))
        // An idle AMHP is a detail of the line above.
        #expect(html.contains("<li>AMHPs with no rota shift: 1.\n<ul><li>Erin Evans (A06): not available on any day of the month (leave, absence, suspension or no warrant in force).</li></ul>\n</li>"))
    }

    @Test func coverCellsGiveTheMaximumAndMarkShiftsAboveTarget() {
        #expect(html.contains("<td class=\"cover overtarget\" title=\"minimum 1, target 1, maximum 2, 1 above target\">2/1</td>"))
        #expect(html.contains("<td class=\"cover short\" title=\"minimum 1, target 1, maximum 2\">0/1</td>"))
        // Duty is left out of the cover count: 31 days × 2 rota shifts.
        #expect(html.contains("Minimum cover met on "))
        #expect(html.contains(" of 62 shifts"))
    }

    @Test func dutyHasItsOwnRowAgainstTheDaysCap() {
        #expect(html.contains("<tr class=\"duty\"><th class=\"name\">Weekday duty: on duty</th>"))
        #expect(html.contains("<td class=\"duty\" title=\"1 on duty; the day's cap is 2\">1/2</td>"))
        #expect(html.contains("<td class=\"shift shift-DT duty\">DT</td>"), "Beth's duty is marked as duty in her row")
        #expect(html.contains("duty cells: on duty / the day's cap"))
    }

    @Test func eachAMHPsRowEndsWithHoursAndEnhancement() {
        #expect(html.contains("<th title=\"enhancement for unsocial hours, in pounds\">Enh. £</th>"))
        #expect(html.contains("<td class=\"hours\" title=\"2 rota shifts, 1 duty (8 h)\">28</td><td class=\"hours\">80.05</td>"))
    }
}
