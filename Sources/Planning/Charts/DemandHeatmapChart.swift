/// The demand heatmap: expected referrals per hour, Monday to Sunday down, midnight to 23:00 across.
public enum DemandHeatmapChart {
    public static func svg(referralsPerHour: [Double], title: String) -> String {
        let cell = 28.0, left = 50.0, top = 56.0
        var svg = SVGDocument(width: left + cell * 24 + 150, height: top + cell * 7 + 60, title: title)
        svg.text(title, x: left, y: 24, size: 16, bold: true)
        svg.text("Expected referrals per hour, by hour of the week", x: left, y: 42, size: 12, fill: "#555")
        let highest = max(referralsPerHour.max() ?? 0, 1e-9)
        for day in 0..<7 {
            svg.text(HourOfWeekText.days[day], x: left - 8, y: top + cell * Double(day) + cell * 0.65, anchor: .end)
            for hour in 0..<24 {
                let value = referralsPerHour[day * 24 + hour]
                svg.rect(x: left + cell * Double(hour), y: top + cell * Double(day), width: cell, height: cell,
                         fill: ChartColour.scale(value / highest), stroke: "#ffffff",
                         tooltip: "\(HourOfWeekText.label(day * 24 + hour)): \(NumberText.fixed(value, 3)) referrals an hour")
            }
        }
        for hour in stride(from: 0, to: 24, by: 3) {
            svg.text("\(hour < 10 ? "0" : "")\(hour):00", x: left + cell * Double(hour) + 2, y: top + cell * 7 + 16, size: 10)
        }
        let legendX = left + cell * 24 + 24
        svg.text("per hour", x: legendX, y: top - 6, size: 11, fill: "#555")
        for step in 0...5 {
            let fraction = Double(5 - step) / 5
            svg.rect(x: legendX, y: top + Double(step) * 22, width: 20, height: 20, fill: ChartColour.scale(fraction), stroke: "#999")
            svg.text(NumberText.fixed(highest * fraction, 2), x: legendX + 26, y: top + Double(step) * 22 + 14, size: 11)
        }
        return svg.render()
    }
}
