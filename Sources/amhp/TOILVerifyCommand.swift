import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil verify`: replays the whole TOIL ledger and compares it with the running totals the
/// balances, statements and payroll export are read from.
struct TOILVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the TOIL running totals against a full replay of the ledger.",
        discussion: """
            Every append adds its hours to running totals (one row per AMHP and month) in the same transaction. \
            This replays every entry from the start and names each AMHP and month whose stored totals differ, \
            with the figures, and the fix. Nothing is changed.
            Exit status: 0 when the totals match, 1 when any differ.
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let matches = try await databaseOptions.withDatabase { store in
            let check = try await TOILLedgerRepository(database: store.database).verifyTotals()
            print(Self.report(check), terminator: "")
            return check.matches
        }
        if !matches { throw ExitCode(.refused) }
    }

    static func report(_ check: TOILTotalsCheck) -> String {
        var text: String
        if check.matches {
            text = "TOIL totals match a full replay of \(check.entryCount) entries.\n"
        } else {
            text = "TOIL totals differ from a full replay of \(check.entryCount) entries in \(check.differences.count) AMHP-month(s):\n\n"
            text += check.differences.map { "  \($0)\n" }.joined()
            text += """

                Fix: run `amhp toil rebuild-totals` to replace the totals with the replay (the entries themselves are \
                not changed), then `amhp toil verify` again.

                """
        }
        if !check.damagedEntryIDs.isEmpty {
            text += "Left out of the replay, as they cannot be used: \(check.damagedEntryIDs.joined(separator: ", ")). "
                + "Run `amhp toil repair` to see why and set them aside.\n"
        }
        return text
    }
}

/// `amhp toil rebuild-totals`: replaces the TOIL running totals with a full replay of the ledger.
struct TOILRebuildTotalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild-totals",
        abstract: "Replace the TOIL running totals with a full replay of the ledger.",
        discussion: """
            The fix `amhp toil verify` gives when the totals differ. Only the totals change; the ledger's \
            entries are never edited. Logged as toil.rebuild_totals in the audit log.
            """)

    @Option(name: .customLong("recorded-by"), help: "Who rebuilds the totals, for the audit log.")
    var recordedBy: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard !recordedBy.allSatisfy(\.isWhitespace) else { throw ValidationError("give --recorded-by: who rebuilds the totals.") }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let before = try await TOILLedgerRepository(database: store.database).rebuildTotals(by: recordedBy)
            let changed = before.matches ? "none differed" : "\(before.differences.count) AMHP-month(s) differed and were replaced"
            print("Rebuilt the TOIL totals from a full replay of \(before.entryCount) entries: \(changed).")
        }
    }
}
