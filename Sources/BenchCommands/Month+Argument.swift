import ArgumentParser
import Workforce

/// Reads `--month YYYY-MM` (for `amhp` and `amhp-bench` alike), with a year in `InputLimits.years`.
extension Month: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

}

/// Reads a date option, `YYYY-MM-DD` (or `DD/MM/YYYY`), with a year in `InputLimits.years`; the
/// parser's error then names the option and the value.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
