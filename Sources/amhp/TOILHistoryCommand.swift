import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil history`: one AMHP's ledger entries in date order, with the hours held after each.
struct TOILHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Print one AMHP's TOIL entries in date order, with a running total of hours held.",
        discussion: "A correction appears right after the entry it cancels; both stay in the ledger.")

    @Option(help: "The AMHP's id, as in amhps.csv.")
    var amhp: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let context = try await TOILContext.load(from: store)
            guard context.ledger.reportAMHPIDs.contains(amhp) else {
                throw DatabaseFailure.report("\(amhp) is not an AMHP of this hub. Fix: check the AMHP id against amhps.csv (capitals matter).")
            }
            print(Self.report(context, amhpID: amhp), terminator: "")
        }
    }

    /// The heading, then one line per entry, oldest first.
    static func report(_ context: TOILContext, amhpID: String) -> String {
        let lines = context.ledger.history(of: amhpID)
        let name = context.name(of: amhpID)
        let text = "TOIL history of \(amhpID)\(name.isEmpty ? "" : " (\(name))"):\n\n"
        guard !lines.isEmpty else { return text + "No entries.\n" }
        var rows = [["Entry", "Date", "Kind", "Hours", "Held", "Recorded", "By", "Reason"]]
        for line in lines {
            let entry = line.entry
            var reason = entry.reason
            if let approver = entry.approvedBy { reason += " (approved by \(approver))" }
            if let corrected = entry.kind.correctedEntryID { reason += " [corrects \(corrected)]" }
            if let voided = entry.kind.voidedEntryID { reason += " [voids \(voided)]" }
            if let correction = line.correctedBy { reason += " [cancelled by \(correction)]" }
            rows.append([entry.id, entry.date.description, entry.kind.code, TOILText.hours(line.signedHours, signed: true),
                         TOILText.hours(line.heldAfter), entry.recordedOn.description, entry.recordedBy,
                         reason.trimmingCharacters(in: .whitespaces)])
        }
        return text + TOILText.table(rows, rightAligned: [3, 4]) + "\n"
    }
}
