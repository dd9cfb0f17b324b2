/// Formats quantities as the outputs show them: at most one decimal place.
public enum CSVNumber {
    public static func format(_ value: Double) -> String { CSVText.number(value) }
}
