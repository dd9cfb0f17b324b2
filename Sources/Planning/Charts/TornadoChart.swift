/// What moves the FTE needed most: one bar per assumption from the FTE at its low value to the FTE
/// at its high value, widest at the top, across a line at the central answer.
public enum TornadoChart {
    public static func svg(_ sensitivity: SufficiencySensitivity, title: String) -> String {
        let left = 250.0, top = 70.0, plotWidth = 560.0, rowHeight = 34.0
        let swings = sensitivity.swings
        let plotHeight = rowHeight * Double(max(swings.count, 1))
        var svg = SVGDocument(width: left + plotWidth + 40, height: top + plotHeight + 50, title: title)
        svg.text(title, x: 20, y: 24, size: 16, bold: true)
        svg.text("FTE needed with each assumption at its low and high value, the others as set; "
                 + "all together \(NumberText.fixed(sensitivity.lowFTE)) to \(NumberText.fixed(sensitivity.highFTE))",
                 x: 20, y: 44, size: 12, fill: "#555")
        let values = swings.flatMap { [$0.lowFTE, $0.highFTE] } + [sensitivity.centralFTE]
        let lowest = (values.min() ?? 0).rounded(.down) - 1, highest = (values.max() ?? 1).rounded(.up) + 1
        let scale = plotWidth / max(highest - lowest, 1)
        func x(_ fte: Double) -> Double { left + (fte - lowest) * scale }
        let step = max(1, ((highest - lowest) / 8).rounded(.up))
        for tick in stride(from: lowest, through: highest, by: step) {
            svg.line(x1: x(tick), y1: top, x2: x(tick), y2: top + plotHeight, stroke: ChartColour.grid)
            svg.text(NumberText.fixed(tick, 0), x: x(tick), y: top + plotHeight + 16, size: 10, anchor: .middle)
        }
        svg.text("FTE needed", x: left + plotWidth / 2, y: top + plotHeight + 36, size: 11, anchor: .middle)
        for (row, swing) in swings.enumerated() {
            let y = top + Double(row) * rowHeight
            let from = min(swing.lowFTE, swing.highFTE), to = max(swing.lowFTE, swing.highFTE)
            svg.text(swing.assumption.label, x: left - 10, y: y + rowHeight / 2 + 4, size: 12, anchor: .end)
            svg.rect(x: x(from), y: y + 6, width: max(2, x(to) - x(from)), height: rowHeight - 12, fill: ChartColour.band,
                     tooltip: "\(swing.assumption.label): \(swing.lowValue) gives \(NumberText.fixed(swing.lowFTE)) FTE, "
                         + "\(swing.highValue) gives \(NumberText.fixed(swing.highFTE)) FTE")
            svg.text(swing.lowValue, x: x(swing.lowFTE) + (swing.lowFTE <= swing.highFTE ? -4 : 4), y: y + rowHeight / 2 + 4, size: 10,
                     anchor: swing.lowFTE <= swing.highFTE ? .end : .start)
            svg.text(swing.highValue, x: x(swing.highFTE) + (swing.lowFTE <= swing.highFTE ? 4 : -4), y: y + rowHeight / 2 + 4, size: 10,
                     anchor: swing.lowFTE <= swing.highFTE ? .start : .end)
        }
        svg.line(x1: x(sensitivity.centralFTE), y1: top - 6, x2: x(sensitivity.centralFTE), y2: top + plotHeight, stroke: ChartColour.needed,
                 width: 2)
        svg.text("central \(NumberText.fixed(sensitivity.centralFTE))", x: x(sensitivity.centralFTE), y: top - 10, size: 11, anchor: .middle)
        return svg.render()
    }
}
