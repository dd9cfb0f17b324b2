import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil repair`: finds the stored ledger entries that stop the ledger loading, and sets one
/// aside with a void, never by editing or deleting it.
struct TOILRepairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "List the TOIL ledger entries that stop it loading, or set one aside with a void.",
        discussion: """
            Reads every stored row and lists each one that cannot be read, or that breaks a ledger rule: its \
            position, entry id, field, the value stored and why. Nothing is changed.
            With --void ENTRY_ID --reason TEXT --recorded-by NAME, appends a void (kind void, zero hours) naming \
            that entry: the ledger then leaves the entry out, and the void shows in the audit log and the AMHP's \
            history. Only an entry this command lists can be voided; a sound entry is put right with a correction.
            Exit status: 0 when the ledger loads (after the void, if one was asked for), 1 when it does not or \
            the void was refused.
            """)

    @Option(name: .customLong("void"), help: ArgumentHelp("The id of a damaged entry to set aside.", valueName: "entry-id"))
    var voidedEntryID: String?

    @Option(help: "Why the entry is set aside (required with --void).")
    var reason: String?

    @Option(name: .customLong("recorded-by"), help: "Who sets it aside (required with --void).")
    var recordedBy: String?

    @Option(name: .customLong("recorded-on"), help: "The day the void is recorded, YYYY-MM-DD (default: today).")
    var recordedOn: LocalDate?

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard voidedEntryID != nil else {
            if reason != nil || recordedBy != nil || recordedOn != nil {
                throw ValidationError("--reason, --recorded-by and --recorded-on go with --void ENTRY_ID.")
            }
            return
        }
        guard let reason, !reason.allSatisfy(\.isWhitespace) else { throw ValidationError("give --reason: why the entry is set aside.") }
        guard let recordedBy, !recordedBy.allSatisfy(\.isWhitespace) else {
            throw ValidationError("give --recorded-by: who sets the entry aside.")
        }
    }

    func run() async throws {
        let healthy = try await databaseOptions.withDatabase { store in
            let repository = TOILLedgerRepository(database: store.database)
            if let voidedEntryID, let reason, let recordedBy {
                let record = try await repository.void(entryID: voidedEntryID, reason: reason, recordedBy: recordedBy,
                                                       recordedOn: recordedOn ?? LocalDate.today())
                print("Voided \(voidedEntryID) with entry \(record.entry.id) (ledger position \(record.position)).")
            }
            let inspection = try await repository.inspect()
            print(Self.report(inspection, location: store.location), terminator: "")
            return inspection.isHealthy
        }
        if !healthy { throw ExitCode(.refused) }
    }

    /// A sentence on the ledger's state, then one line per problem found.
    static func report(_ inspection: LedgerInspection, location: DatabaseLocation) -> String {
        let rows = "\(inspection.rowCount) stored entries" + (inspection.voidedCount == 0 ? "" : " (\(inspection.voidedCount) voided)")
        guard !inspection.isHealthy else {
            return "The TOIL ledger in \(location) loads: \(rows); every entry not voided reads back and keeps the ledger rules.\n"
        }
        let damaged = Set(inspection.damage.map(\.position)).count
        var table = [["Position", "Entry", "Field", "Stored value", "Problem"]]
        for damage in inspection.damage {
            table.append([String(damage.position), damage.entryID, damage.field, StoredText.shown(damage.storedValue), damage.problem])
        }
        return """
            The TOIL ledger in \(location) does not load: \(damaged) of its \(rows) cannot be used.

            \(TOILText.table(table))

            Fix: set each listed entry aside with `amhp toil repair --void ENTRY_ID --reason TEXT --recorded-by NAME` \
            (then record it again correctly with `amhp toil add` if it should count), or restore the database from a backup.

            """
    }
}
