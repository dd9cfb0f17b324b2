import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp toil balances`: every AMHP's held, planned and available TOIL on a day, and the alerts.
struct TOILBalancesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balances",
        abstract: "Print every AMHP's TOIL held, planned and available on a day, and the policy's alerts.",
        discussion: "Alerts follow the toil: section of rules.yaml: over the cap, and hours held beyond the window.")

    @Option(name: .customLong("as-of"), help: "The day, YYYY-MM-DD; balances are at the end of it (default: today).")
    var asOf: LocalDate?

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let context = try await TOILContext.load(from: store)
            print(Self.report(context, asOf: asOf ?? LocalDate.today()), terminator: "")
        }
    }

    /// The whole printout: heading, one row per AMHP, then the alerts.
    static func report(_ context: TOILContext, asOf date: LocalDate) -> String {
        let policy = context.hub.rules.toil
        var rows = [["AMHP", "Name", "Held", "Planned", "Available"]]
        var alerts: [TOILAlert] = []
        for amhpID in context.ledger.reportAMHPIDs {
            let balance = context.ledger.balance(of: amhpID, asOf: date)
            rows.append([amhpID, context.name(of: amhpID), TOILText.hours(balance.held), TOILText.hours(balance.planned),
                         TOILText.hours(balance.available)])
            alerts += context.ledger.alerts(for: balance, policy: policy)
        }
        var text = "TOIL at the end of \(date), \(context.hub.rules.hubName) "
            + "(cap \(policy.capHours), window \(policy.windowDays) days, expiry \(policy.expiry.rawValue)):\n\n"
        text += TOILText.table(rows, rightAligned: [2, 3, 4]) + "\n\n"
        if alerts.isEmpty {
            text += "No alerts.\n"
        } else {
            text += (alerts.count == 1 ? "1 alert:" : "\(alerts.count) alerts:") + "\n"
            text += alerts.map { "  - \($0.message)\n" }.joined()
        }
        return text
    }
}
