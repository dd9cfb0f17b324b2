import ArgumentParser
import Workforce

/// Reads `--month YYYY-MM` (for `amhp` and `amhp-bench` alike).
extension Month: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
