import ArgumentParser
import Workforce

extension ExitCode {
    /// The exit code for one of `amhp`'s statuses.
    public init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}
