/// AMHPs on duty in each hour of the week: the demand-led cover beside the hub's minimum and target.
public enum CoverChart {
    public struct Series: Sendable {
        public let name: String
        public let values: [Int]
        public let colour: String
        public let dashed: Bool

        public init(name: String, values: [Int], colour: String, dashed: Bool = false) {
            self.name = name
            self.values = values
            self.colour = colour
            self.dashed = dashed
        }
    }

    public static func svg(series: [Series], title: String, subtitle: String) -> String {
        let left = 50.0, top = 60.0, plotWidth = 840.0, plotHeight = 260.0
        var svg = SVGDocument(width: left + plotWidth + 30, height: top + plotHeight + 70, title: title)
        svg.text(title, x: left, y: 24, size: 16, bold: true)
        svg.text(subtitle, x: left, y: 42, size: 12, fill: "#555")
        let highest = max(series.flatMap(\.values).max() ?? 1, 1) + 1
        let xStep = plotWidth / 168, yStep = plotHeight / Double(highest)
        for level in 0...highest {
            let y = top + plotHeight - Double(level) * yStep
            svg.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: ChartColour.grid)
            svg.text(String(level), x: left - 6, y: y + 4, size: 10, anchor: .end)
        }
        for day in 0...7 {
            let x = left + Double(day * 24) * xStep
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: "#aaaaaa")
            if day < 7 { svg.text(HourOfWeekText.days[day], x: x + 12 * xStep, y: top + plotHeight + 16, size: 11, anchor: .middle) }
        }
        svg.text("AMHPs on duty", x: 16, y: top + plotHeight / 2, size: 11, anchor: .middle, rotated: true)
        for line in series {
            // A step line: flat across each hour, vertical at the hour boundaries.
            var points: [(Double, Double)] = []
            for (hour, value) in line.values.enumerated() {
                let y = top + plotHeight - Double(value) * yStep
                points.append((left + Double(hour) * xStep, y))
                points.append((left + Double(hour + 1) * xStep, y))
            }
            svg.polyline(points, stroke: line.colour, width: 2, dashed: line.dashed)
        }
        for (index, line) in series.enumerated() {
            let x = left + Double(index) * 220
            svg.line(x1: x, y1: top + plotHeight + 40, x2: x + 24, y2: top + plotHeight + 40, stroke: line.colour, width: 2, dashed: line.dashed)
            svg.text(line.name, x: x + 30, y: top + plotHeight + 44, size: 11)
        }
        return svg.render()
    }
}
