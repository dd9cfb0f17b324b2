import Foundation

/// Colours shared by the charts, chosen to read in greyscale print as well.
public enum ChartColour {
    public static let needed = "#c0392b"
    public static let minimum = "#555555"
    public static let target = "#1f4e79"
    public static let band = "#7fa7d1"
    public static let median = "#1f4e79"
    public static let grid = "#dddddd"

    /// White to deep blue as `fraction` goes from 0 to 1.
    public static func scale(_ fraction: Double) -> String {
        let t = min(max(fraction, 0), 1)
        let red = Int((255 - t * (255 - 31)).rounded()), green = Int((255 - t * (255 - 78)).rounded()), blue = Int((255 - t * (255 - 121)).rounded())
        return String(format: "#%02x%02x%02x", red, green, blue)
    }
}
