/// The projection's fan: the 10th-90th percentile band, the median and the target, quarter by quarter.
public enum FanChart {
    public struct Line: Sendable {
        public let name: String
        public let bands: [ProjectionResult.Band]
        public let colour: String

        public init(name: String, bands: [ProjectionResult.Band], colour: String) {
            self.name = name
            self.bands = bands
            self.colour = colour
        }
    }

    public static func svg(labels: [String], fans: [Line], target: [Double], title: String, subtitle: String) -> String {
        let left = 56.0, top = 60.0, plotWidth = 820.0, plotHeight = 300.0
        var svg = SVGDocument(width: left + plotWidth + 40, height: top + plotHeight + 90, title: title)
        svg.text(title, x: left, y: 24, size: 16, bold: true)
        svg.text(subtitle, x: left, y: 42, size: 12, fill: "#555")
        let values = fans.flatMap { $0.bands.flatMap { [$0.p10, $0.p90] } } + target
        let highest = ((values.max() ?? 1) * 1.1 / 5).rounded(.up) * 5
        let lowest = max(0, ((values.min() ?? 0) * 0.9 / 5).rounded(.down) * 5)
        let span = max(highest - lowest, 1)
        let xStep = plotWidth / Double(max(labels.count - 1, 1))
        func x(_ index: Int) -> Double { left + Double(index) * xStep }
        func y(_ value: Double) -> Double { top + plotHeight - (value - lowest) / span * plotHeight }
        for tick in stride(from: lowest, through: highest, by: span > 30 ? 10 : 5) {
            svg.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: ChartColour.grid)
            svg.text(NumberText.plain(tick), x: left - 6, y: y(tick) + 4, size: 10, anchor: .end)
        }
        for (index, label) in labels.enumerated() where index % 2 == 0 {
            svg.text(label, x: x(index), y: top + plotHeight + 16, size: 10, anchor: .middle)
        }
        svg.text("rota FTE", x: 16, y: top + plotHeight / 2, size: 11, anchor: .middle, rotated: true)
        for fan in fans {
            let upper = fan.bands.enumerated().map { (x($0.offset), y($0.element.p90)) }
            let lower = fan.bands.enumerated().reversed().map { (x($0.offset), y($0.element.p10)) }
            svg.polygon(upper + lower, fill: fan.colour, opacity: 0.25)
            svg.polyline(fan.bands.enumerated().map { (x($0.offset), y($0.element.median)) }, stroke: fan.colour, width: 2.5)
        }
        svg.polyline(target.enumerated().map { (x($0.offset), y($0.element)) }, stroke: ChartColour.needed, width: 2, dashed: true)
        var legendX = left
        for fan in fans {
            svg.rect(x: legendX, y: top + plotHeight + 36, width: 24, height: 10, fill: fan.colour, opacity: 0.35)
            svg.text("\(fan.name): median, 10th-90th percentile", x: legendX + 30, y: top + plotHeight + 45, size: 11)
            legendX += 300
        }
        svg.line(x1: legendX, y1: top + plotHeight + 41, x2: legendX + 24, y2: top + plotHeight + 41, stroke: ChartColour.needed, width: 2, dashed: true)
        svg.text("target", x: legendX + 30, y: top + plotHeight + 45, size: 11)
        return svg.render()
    }
}
