import Foundation

/// A small SVG drawing: rectangles, lines, polylines, polygons and text, written as one
/// standalone file that any browser opens. Coordinates are in pixels from the top left.
///
///     var svg = SVGDocument(width: 400, height: 200, title: "Demand")
///     svg.rect(x: 10, y: 10, width: 20, height: 20, fill: "#1f4e79")
///     svg.text("Mon", x: 5, y: 25)
///     let file = svg.render()
public struct SVGDocument: Sendable {
    public let width: Double
    public let height: Double
    public let title: String
    private var elements: [String] = []

    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                              opacity: Double = 1, tooltip: String? = nil) {
        var element = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"0.5\"" }
        if opacity < 1 { element += " fill-opacity=\"\(n(opacity))\"" }
        elements.append(element + (tooltip.map { "><title>\(Self.escape($0))</title></rect>" } ?? "/>"))
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        elements.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
                        + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>")
    }

    public mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dashed: Bool = false) {
        elements.append("<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\""
                        + (dashed ? " stroke-dasharray=\"6 4\"" : "") + " points=\"\(Self.points(points))\"/>")
    }

    public mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double = 1) {
        elements.append("<polygon fill=\"\(fill)\" fill-opacity=\"\(n(opacity))\" stroke=\"none\" points=\"\(Self.points(points))\"/>")
    }

    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    public mutating func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, bold: Bool = false,
                              fill: String = "#222", rotated: Bool = false) {
        var element = "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\""
        if bold { element += " font-weight=\"bold\"" }
        if rotated { element += " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" }
        elements.append(element + ">\(Self.escape(text))</text>")
    }

    /// The whole file: an XML declaration, the `svg` element with a title for screen readers, the drawing.
    public func render() -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">",
                     "<title>\(Self.escape(title))</title>",
                     "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe for XML content and attributes.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func points(_ points: [(Double, Double)]) -> String {
        points.map { "\(NumberText.fixed($0.0, 1)),\(NumberText.fixed($0.1, 1))" }.joined(separator: " ")
    }

    private func n(_ value: Double) -> String { NumberText.fixed(value, 1) }
}
