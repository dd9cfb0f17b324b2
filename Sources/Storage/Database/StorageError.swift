import Foundation
import Workforce

/// Why storage refused a request; each case has a `cause` and a `fix` a manager or HR can act on.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A database location that names neither an SQLite file nor a PostgreSQL database.
    case unsupportedDatabaseURL(source: String, value: String)
    /// No hub has been imported into the database yet.
    case noHub
    /// A stored value could not be read back (the database was changed outside AMHP Planner).
    case unreadableValue(table: String, field: String, value: String)
    /// The stored TOIL ledger breaks a ledger rule (it was changed outside AMHP Planner).
    case storedLedgerInvalid(TOILLedgerError)
    /// Another user already has this user name.
    case duplicateUsername(String)
    /// A user's details are incomplete or contradictory; `field` names which.
    case invalidUser(field: String, problem: String)
    /// No user has this user name.
    case unknownUser(String)
    /// No rota has this id.
    case unknownRota(UUID)
    /// The rota is published, so its assignments cannot change.
    case rotaNotDraft(UUID)
    /// A version was asked of a month that has no published rota to change.
    case noPublishedRota(Month)
    /// No solve job has this id.
    case unknownSolveJob(UUID)
    /// A solve job cannot move from one status to another (a finished job cannot restart).
    case invalidJobTransition(id: UUID, from: SolveJobStatus, to: SolveJobStatus)
    /// A worker instance no longer holds the lease of the job it was running (`JobLeases`): it was
    /// re-queued for another instance, or cancelled.
    case jobLeaseLost(id: UUID, instance: String)
    /// No scenario run has this id.
    case unknownScenarioRun(UUID)
    /// No Service Standards self-assessment has this id.
    case unknownAssessment(UUID)
    /// A scenario run's inputs or result files are more text than a run may keep; `field` names which.
    case scenarioRunTooLarge(field: String, bytes: Int, limit: Int)
    /// A field meant to hold JSON does not.
    case invalidJSON(field: String)
    /// A solve job's parameters are missing or out of range; `field` names which (`time_limit`, `seed`).
    case invalidJobParameters(field: String, problem: String)
    /// A value written did not read back as itself inside the write's transaction, so the write was
    /// undone: `stored` is what was written, `readBack` what the database gave back (`table.field`).
    case roundTripFailed(table: String, field: String, stored: String, readBack: String)
    /// The SQLite file at `path` is not a usable database: `problem` says why (empty, not SQLite, damaged).
    case damagedDatabaseFile(path: String, problem: String)
    /// `amhp toil repair --void` named an id no stored ledger entry has.
    case unknownLedgerEntry(String)
    /// `amhp toil repair --void` named an entry that reads back and keeps every ledger rule.
    case soundLedgerEntry(String)

    /// What went wrong, in a sentence.
    public var cause: String {
        switch self {
        case .unsupportedDatabaseURL(let source, let value):
            "\(source) is \"\(value)\", which names neither an SQLite file nor a PostgreSQL database."
        case .noHub:
            "No hub has been imported into the database."
        case .unreadableValue(let table, let field, let value):
            "The database holds \"\(value)\" in \(table).\(field), which AMHP Planner cannot read."
        case .storedLedgerInvalid(let error):
            "The stored TOIL ledger breaks a ledger rule: \(error.cause)"
        case .duplicateUsername(let username):
            "A user called \"\(username)\" already exists."
        case .invalidUser(let field, let problem):
            "The user's \(field) \(problem)"
        case .unknownUser(let username):
            "There is no user called \"\(username)\"."
        case .unknownRota(let id):
            "There is no rota with id \(id)."
        case .rotaNotDraft(let id):
            "Rota \(id) is published, so it cannot be changed."
        case .noPublishedRota(let month):
            "\(month) has no published rota to make a new version of."
        case .unknownSolveJob(let id):
            "There is no solve job with id \(id)."
        case .invalidJobTransition(let id, let from, let to):
            "Solve job \(id) is \(from.rawValue), so it cannot become \(to.rawValue)."
        case .jobLeaseLost(let id, let instance):
            "Job \(id) is no longer held by instance \(instance): its lease ran out and it was re-queued, or it was cancelled."
        case .unknownScenarioRun(let id):
            "There is no scenario run with id \(id)."
        case .unknownAssessment(let id):
            "There is no Service Standards self-assessment with id \(id)."
        case .scenarioRunTooLarge(let field, let bytes, let limit):
            "The scenario run's \(field) hold \(bytes) bytes, more than the \(limit) a run may keep."
        case .invalidJSON(let field):
            "\(field) is not a JSON object."
        case .invalidJobParameters(let field, let problem):
            "The solve job's \(field) \(problem)"
        case .roundTripFailed(let table, let field, let stored, let readBack) where stored == readBack:
            "\(table).\(field) was written as \(StoredText.shown(stored)), which AMHP Planner cannot read back, so nothing was written."
        case .roundTripFailed(let table, let field, let stored, let readBack):
            "\(table).\(field) was written as \(StoredText.shown(stored)) but read back as \(StoredText.shown(readBack)), so nothing was written."
        case .damagedDatabaseFile(let path, let problem):
            "The SQLite database file \(path) \(problem)"
        case .unknownLedgerEntry(let id):
            "The TOIL ledger has no entry with id \"\(id)\"."
        case .soundLedgerEntry(let id):
            "Entry \(id) of the TOIL ledger reads back and keeps every ledger rule, so there is nothing to void."
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .unsupportedDatabaseURL:
            "give a file path for SQLite, or a URL starting postgres:// or postgresql:// for PostgreSQL."
        case .noHub:
            "run `amhp import --hub DIR` first."
        case .unreadableValue(let table, _, _) where table.hasPrefix("hub"):
            "import the hub again (amhp import --hub DIR), which replaces every hub row, or restore the database from a backup."
        case .unreadableValue(let table, _, _) where table != StoredTOILEntry.schema:
            "restore the database from a backup."
        case .unreadableValue, .storedLedgerInvalid:
            "run `amhp toil repair` to list the damaged ledger entries and set each aside with `--void`, or restore the database from a backup; AMHP Planner only ever appends to the ledger and never edits it."
        case .duplicateUsername:
            "choose another user name."
        case .invalidUser:
            "give a user name, a display name, a password of at least 8 characters, a role (manager, lead, hr or amhp), and an AMHP id for role amhp only."
        case .unknownUser:
            "check the spelling, or add the user first."
        case .unknownRota, .unknownSolveJob:
            "use an id listed by the service."
        case .rotaNotDraft:
            "save the changes as a new draft and publish that."
        case .noPublishedRota:
            "publish a draft of the month first."
        case .invalidJobTransition:
            "start a new solve job."
        case .jobLeaseLost:
            "nothing: the instance that holds the job now finishes it (renew leases well within --job-lease so this is rare)."
        case .unknownScenarioRun:
            "use an id listed by GET /api/scenario-runs."
        case .unknownAssessment:
            "use an id listed by GET /api/standards/assessments (or amhp standards list)."
        case .scenarioRunTooLarge:
            "run fewer scenarios at once, or keep the planning folder to the planning files (docs/planning.md)."
        case .invalidJSON:
            "pass a JSON object (for example {\"key\": \"value\"}), or nothing."
        case .invalidJobParameters:
            "give time_limit as seconds more than 0 and seed as a whole number 0 or more, for example {\"seed\": 1, \"time_limit\": 60}."
        case .roundTripFailed(_, _, let stored, _):
            StoredText.hasControlCharacters(stored)
                ? "remove the control characters (shown as \\u{…}) from that value and try again."
                : "give that value in a form AMHP Planner can read back (dates from 1900 to 2199 as YYYY-MM-DD, plain text) and try again."
        case .damagedDatabaseFile:
            "restore it from a backup, or remove it to start a new database."
        case .unknownLedgerEntry:
            "give an entry id that `amhp toil repair` lists (capitals matter)."
        case .soundLedgerEntry:
            "void only an entry `amhp toil repair` lists; put a sound entry right with a correction (amhp toil add --kind correction --corrects ID)."
        }
    }

    /// Whether the input itself is malformed (rather than refused by a rule, or the database at fault).
    public var isInputError: Bool {
        switch self {
        case .invalidUser, .invalidJSON, .invalidJobParameters, .unsupportedDatabaseURL, .roundTripFailed: true
        default: false
        }
    }

    /// `cause` then `Fix: fix`; a cause that carries its own fix (a password refused by
    /// `PasswordPolicy`, text refused by `TextCheck`) is not given the general one too.
    public var description: String { cause.contains(" Fix: ") ? cause : "\(cause) Fix: \(fix)" }
}
