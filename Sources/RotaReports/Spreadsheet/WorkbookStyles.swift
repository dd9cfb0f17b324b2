/// The cell styles of a workbook (`xl/styles.xml`): each distinct fill colour, boldness and
/// alignment is one cell format, numbered in the order first asked for; 0 is the default.
///
///     var styles = WorkbookStyles()
///     let night = styles.style(fill: "D9C8F5", centred: true)   // 1
///     styles.style(fill: "D9C8F5", centred: true)               // 1 again
public struct WorkbookStyles: Sendable {
    struct Format: Hashable, Sendable {
        /// Six hex digits, RGB, or nil for no fill.
        let fill: String?
        let bold: Bool
        let centred: Bool
    }

    private(set) var formats: [Format] = [Format(fill: nil, bold: false, centred: false)]

    public init() {}

    /// The style index for a fill (`RRGGBB`, or nil), bold or not, centred or not.
    @discardableResult
    public mutating func style(fill: String? = nil, bold: Bool = false, centred: Bool = false) -> Int {
        let format = Format(fill: fill.map { $0.uppercased() }, bold: bold, centred: centred)
        if let index = formats.firstIndex(of: format) { return index }
        formats.append(format)
        return formats.count - 1
    }

    /// The fill colours in use, each once, in order of first use: fills 2, 3, … of styles.xml
    /// (Excel reserves fill 0 for none and fill 1 for its gray125 pattern).
    var fillColours: [String] {
        var seen: [String] = []
        for colour in formats.compactMap(\.fill) where !seen.contains(colour) { seen.append(colour) }
        return seen
    }

    /// `xl/styles.xml`.
    var xml: String {
        let colours = fillColours
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        xml += #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        xml += #"<fills count="\#(colours.count + 2)"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        for colour in colours {
            xml += #"<fill><patternFill patternType="solid"><fgColor rgb="FF\#(colour)"/><bgColor indexed="64"/></patternFill></fill>"#
        }
        xml += "</fills>"
        xml += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        xml += #"<border><left style="thin"><color rgb="FFBBBBBB"/></left><right style="thin"><color rgb="FFBBBBBB"/></right>"#
        xml += #"<top style="thin"><color rgb="FFBBBBBB"/></top><bottom style="thin"><color rgb="FFBBBBBB"/></bottom><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += #"<cellXfs count="\#(formats.count)">"#
        for (index, format) in formats.enumerated() {
            let fillID = format.fill.flatMap { colours.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
            let borderID = index == 0 ? 0 : 1
            var attributes = #"numFmtId="0" fontId="\#(format.bold ? 1 : 0)" fillId="\#(fillID)" borderId="\#(borderID)" xfId="0""#
            if format.bold { attributes += #" applyFont="1""# }
            if fillID > 0 { attributes += #" applyFill="1""# }
            if borderID > 0 { attributes += #" applyBorder="1""# }
            if format.centred {
                xml += #"<xf \#(attributes) applyAlignment="1"><alignment horizontal="center"/></xf>"#
            } else {
                xml += "<xf \(attributes)/>"
            }
        }
        xml += "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        xml += "</styleSheet>"
        return xml
    }
}
