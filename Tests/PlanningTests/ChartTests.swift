import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Planning

/// The SVG charts: well-formed XML, escaped text, the marks each chart promises.
struct ChartTests {
    func parse(_ svg: String) throws -> XMLDocument { try XMLDocument(data: Data(svg.utf8)) }

    func count(_ name: String, in svg: String) -> Int { svg.components(separatedBy: "<\(name) ").count - 1 }

    @Test func theHeatmapHasACellForEveryHourOfTheWeek() throws {
        let rates = (0..<168).map { Double($0 % 24) / 10 }
        let svg = DemandHeatmapChart.svg(referralsPerHour: rates, title: "Hub <A> & B")
        _ = try parse(svg)
        // A background, 168 cells and a 6-step legend.
        #expect(count("rect", in: svg) == 1 + 168 + 6)
        #expect(svg.contains("<title>Hub &lt;A&gt; &amp; B</title>"))
        #expect(svg.contains("Mon 23:00: 2.300 referrals an hour"))
        #expect(ChartColour.scale(0) == "#ffffff" && ChartColour.scale(1) == "#1f4e79")
    }

    @Test func theCoverChartDrawsAStepLinePerSeries() throws {
        let series = [CoverChart.Series(name: "needed", values: Array(repeating: 4, count: 168), colour: ChartColour.needed),
                      CoverChart.Series(name: "minimum", values: Array(repeating: 2, count: 168), colour: ChartColour.minimum, dashed: true)]
        let svg = CoverChart.svg(series: series, title: "Cover", subtitle: "A week")
        _ = try parse(svg)
        #expect(count("polyline", in: svg) == 2)
        #expect(svg.contains("stroke-dasharray"))
        // Two points per hour: flat across it.
        let first = svg.components(separatedBy: "points=\"")[1].components(separatedBy: "\"")[0]
        #expect(first.split(separator: " ").count == 336)
    }

    @Test func theFanChartShadesTheBandAndDrawsMedianAndTarget() throws {
        let bands = (0..<8).map { (quarter: Int) -> ProjectionResult.Band in
            let level = Double(quarter)
            return ProjectionResult.Band(p10: 18 + level, median: 20 + level, p90: 22 + level)
        }
        let svg = FanChart.svg(labels: (0..<8).map { "Q\($0)" }, fans: [FanChart.Line(name: "with plan", bands: bands, colour: ChartColour.median)],
                               target: Array(repeating: 24, count: 8), title: "Fan", subtitle: "Test")
        _ = try parse(svg)
        #expect(count("polygon", in: svg) == 1)
        #expect(count("polyline", in: svg) == 2)
        #expect(svg.contains("target"))
    }
}
