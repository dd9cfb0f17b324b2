import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil add`: appends one entry to the TOIL ledger, after checking it against every ledger rule.
struct TOILAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Append one entry to the TOIL ledger.",
        discussion: """
            Kinds: accrued (overtime; needs --reason and --approved-by), bank_holiday_worked (the policy's credit \
            for a bank holiday worked), taken, planned (a future day a rota gives back), forfeited, paid_out, \
            adjustment_credit and adjustment_debit (need --reason), correction (cancels --corrects ID; needs --reason).
            The entry is checked against every ledger rule first (against its AMHP's entries); "Appended" is printed only once it is safely on disk.
            Exit status: 0 when appended, 2 when an option is malformed, 1 when the ledger refuses the entry (the message says why and how to fix it).
            """)

    @Option(help: "The AMHP's id (not needed for a correction).")
    var amhp: String?

    @Option(help: "accrued, bank_holiday_worked, taken, planned, forfeited, paid_out, adjustment_credit, adjustment_debit or correction.")
    var kind: String

    @Option(help: "Hours, to at most two decimal places (not needed for bank_holiday_worked or a correction).")
    var hours: String?

    @Option(help: "The day the entry takes effect, YYYY-MM-DD (default: today).")
    var date: LocalDate?

    @Option(help: "Why: required for accrued hours, adjustments and corrections.")
    var reason: String = ""

    @Option(name: .customLong("approved-by"), help: "The manager who approved the overtime (accrued only).")
    var approvedBy: String?

    @Option(name: .customLong("recorded-by"), help: "Who is recording the entry (default: your login name).")
    var recordedBy: String?

    @Option(name: .customLong("recorded-on"), help: "The day the entry is recorded, YYYY-MM-DD (default: today).")
    var recordedOn: LocalDate?

    @Option(help: "For a correction: the id of the entry it cancels.")
    var corrects: String?

    @Option(help: "The new entry's id (default: E followed by its place in the ledger, counting from 1).")
    var id: String?

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        // `void` is a kind the ledger knows but only `toil repair --void` appends.
        guard TOILEntryRequest.kindCodes.contains(kind) else {
            throw ValidationError("--kind \(kind) is not a kind of entry; use one of: \(Self.kindCodes).")
        }
        if kind == "correction" {
            guard corrects != nil else { throw ValidationError("a correction needs --corrects with the id of the entry it cancels.") }
        } else {
            guard amhp != nil else { throw ValidationError("give --amhp with the AMHP's id.") }
            if kind != "bank_holiday_worked" {
                guard let hours else { throw ValidationError("give --hours.") }
                guard let value = Double(hours), TOILHours(exactly: value) != nil else {
                    throw ValidationError("--hours \(hours) is not a number of hours with at most two decimal places, such as 7.4.")
                }
            }
        }
        let problems = TOILEntryRequest(command: self).problems
        guard problems.isEmpty else {
            // The request names fields as the API does; the options are those names with dashes (--amhp for amhp_id).
            let option = { (field: String) in field == "amhp_id" ? "amhp" : field.replacingOccurrences(of: "_", with: "-") }
            throw ValidationError(problems.map { "--\(option($0.field)) \($0.problem)" }.joined(separator: "\n"))
        }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let hub = try await HubRepository(database: store.database).require()
            let request = TOILEntryRequest(command: self)
            let scope = TOILLedgerScope(amhpIDs: Set([request.amhpID].compactMap { $0 }), entryIDs: Set([request.correctedID].compactMap { $0 }))
            let appended = try await TOILLedgerRepository(database: store.database).append(concerning: scope, hubAMHPIDs: hub.amhpIDs) { ledger, position in
                [try request.entry(in: ledger, position: position, hub: hub)]
            }
            let record = appended.records[0], entry = record.entry
            let balance = appended.ledger.balance(of: entry.amhpID, asOf: entry.recordedOn)
            print("Appended \(entry.id) (ledger position \(record.position)): \(entry.amhpID) \(entry.kind.code) \(entry.hours) on \(entry.date).")
            print("\(entry.amhpID) holds \(balance.held) at the end of \(entry.recordedOn) (\(balance.planned) planned, \(balance.available) available).")
        }
    }

    static let kindCodes = "accrued, bank_holiday_worked, taken, planned, forfeited, paid_out, adjustment_credit, adjustment_debit, correction"
}

extension TOILEntryRequest {
    /// The entry a `toil add` command describes.
    init(command: TOILAddCommand) {
        self.init(amhpID: command.amhp, kindCode: command.kind,
                  hours: command.hours.flatMap(Double.init).flatMap(TOILHours.init(exactly:)), date: command.date,
                  reason: command.reason, approvedBy: command.approvedBy,
                  recordedBy: command.recordedBy ?? CommandLineUser.name, recordedOn: command.recordedOn ?? LocalDate.today(),
                  correctedID: command.corrects, id: command.id)
    }
}
