import Planning

/// Small pieces of text the planning pages share.
enum PlanningPageText {
    /// An SVG file ready to sit inside a page: without its XML declaration, which only a
    /// standalone file may have.
    static func inline(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") else { return svg }
        return String(svg[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `weekday` → `Weekday`, `bank_holiday` → `Bank holiday`.
    static func dayType(_ raw: String) -> String {
        let words = raw.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A 10th-90th percentile band as `21.4 (19.0–23.5)`.
    static func band(_ band: ProjectionSummary.Band) -> String {
        "\(NumberText.fixed(band.median)) (\(NumberText.fixed(band.p10))–\(NumberText.fixed(band.p90)))"
    }

    /// `£12,000`.
    static func pounds(_ value: Double) -> String {
        let whole = Int(value.rounded())
        var digits = String(abs(whole)), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return (whole < 0 ? "-£" : "£") + digits + grouped
    }
}

/// A link to a table or chart of the API, for the pages' download lists.
struct DownloadLink: Encodable {
    let label: String
    let href: String
}
