/// The bounds every value from outside is held to, whichever way it comes in (a hub file, the
/// rules file, the command line, a query, a JSON body, a form): one place, so the CSV reader, the
/// YAML reader, the API and the CLI refuse the same things with the same words.
///
/// The bounds are wide enough for any real hub and narrow enough that nothing derived from an
/// accepted value can overflow, fail to print, or fail to be read back once stored.
public enum InputLimits {
    /// Dates and months are accepted from 1 January 1900 to 31 December 2199: every date a hub could
    /// mean, with four-digit years, so `YYYY-MM-DD` is always the stored and printed form.
    public static let years: ClosedRange<Int> = 1900...2199

    /// Ids (AMHP, shift code, entry), user names and other keys.
    public static let identifierLength = 64
    /// Names, employers, who approved: one line of text.
    public static let nameLength = 200
    /// Reasons, notes and other free text.
    public static let noteLength = 1_000
    /// Any one cell of a hub's CSV file, whatever its column.
    public static let cellLength = 1_000

    /// The largest input file read (a hub's CSV or YAML, a planning file): far above any real hub's
    /// (the demo's largest is a few hundred kilobytes), far below what would exhaust memory.
    public static let fileBytes = 50_000_000

    /// The most data rows one hub or planning CSV file may have: a hub of 5,000 AMHPs asking for
    /// 40 shifts each stays under it; a file of rows repeated by mistake is refused at once.
    public static let rowsPerFile = 200_000

    /// How many problems a list of input errors prints before it summarises the rest.
    public static let problemsShown = 100

    /// The most hours one TOIL entry may move: no single accrual, taking or adjustment is larger.
    public static let toilHoursPerEntry = 500.0

    /// How a date in range is described in a fix: "between 1900-01-01 and 2199-12-31".
    public static var dateRangeText: String {
        "between \(years.lowerBound)-01-01 and \(years.upperBound)-12-31"
    }
}
