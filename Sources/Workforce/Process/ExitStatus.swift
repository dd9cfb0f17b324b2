/// How an `amhp` command ends, named once: the command line sets it, and the service reads it back
/// from the child processes it runs (solve jobs, planning commands).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Done as asked.
    case success = 0
    /// A rule refused what was asked (the TOIL ledger refused an entry, a rota given to `check`
    /// breaks a hard rule, the ledger does not load), or the database could not do it.
    case refused = 1
    /// The input is malformed: an option's value, a file's content, a user's details; or a month
    /// too large to plan. The message names the file, line and field, and the fix.
    case inputError = 2
    /// The solver's own rota breaks a hard rule, or a benchmark's figures disagree: a bug.
    case solverBug = 3

    /// The status a child process ended with, nil for one no `amhp` command uses.
    public init?(code: Int32) {
        self.init(rawValue: code)
    }
}
