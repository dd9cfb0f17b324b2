import ArgumentParser
import Foundation
import Service
import Storage
import Workforce

/// `amhp swaps`: AMHPs' swap requests kept in the database.
struct SwapsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swaps",
        abstract: "List swap requests, and approve or decline those waiting for a manager.",
        subcommands: [SwapsListCommand.self, SwapsApproveCommand.self, SwapsRejectCommand.self])
}

/// `amhp swaps list [--month] [--status]`.
struct SwapsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print swap requests newest first: id, status, kind, who gives which shift, for what, and the decision.")

    @Option(help: "Only this month's, YYYY-MM.")
    var month: Month?

    @Option(help: "Only those in this status: open, accepted, approved, declined, rejected, withdrawn or expired.")
    var status: String?

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        if let status, SwapStatus(rawValue: status) == nil {
            throw ValidationError("--status \(status) is not one of: \(SwapStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let swaps = try await SwapRepository(database: store.database).swaps(month: month)
                .filter { status == nil || $0.status.rawValue == status }
            print(Self.report(swaps), terminator: "")
        }
    }

    static func report(_ swaps: [SwapRecord]) -> String {
        guard !swaps.isEmpty else { return "No swap requests.\n" }
        var rows = [["Id", "Status", "Kind", "Offerer", "Gives", "Colleague", "For", "Decided by", "Note"]]
        for swap in swaps {
            rows.append([swap.id.uuidString, swap.status.rawValue + (swap.overrode ? " (override)" : ""), swap.kind.rawValue,
                         swap.offered.amhpID, "\(swap.offered.date) \(swap.offered.shiftCode)", swap.colleagueID ?? "",
                         swap.wanted.map { "\($0.date) \($0.shiftCode)" } ?? "", swap.decidedBy ?? "", swap.decisionNote ?? ""])
        }
        return TOILText.table(rows) + "\n"
    }
}

/// The options approve and reject share: the swap and the manager deciding.
struct SwapDecisionOptions: ParsableArguments {
    @Argument(help: "The swap request's id (from amhp swaps list).")
    var id: String

    @Option(help: "The manager deciding: a user name of a manager (amhp users list).")
    var by: String

    @Option(help: "A note for the AMHPs (required to decline).")
    var note: String?

    func swapID() throws -> UUID {
        guard let id = UUID(uuidString: id) else { throw ValidationError("\(id) is not a swap id; copy one from amhp swaps list.") }
        return id
    }

    /// Refuses (exit 1) a user who is not a manager.
    func requireManager(on database: PlannerDatabase) async throws {
        let users = try await UserRepository(database: database.database).users()
        guard let user = users.first(where: { $0.username == by }), user.role == .manager else {
            throw DatabaseFailure.report("\(by) is not a manager's user name. Fix: give --by with a manager from amhp users list.")
        }
    }
}

/// `amhp swaps approve ID --by USER [--note] [--override]`.
struct SwapsApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve an accepted swap: the month's next rota version (kind swap) makes the exchange.",
        discussion: "Refused when the independent checker finds a hard rule broken (unless --override, which is audited), or when the published rota no longer holds the shifts (the request expires).")

    @OptionGroup var decision: SwapDecisionOptions

    @Flag(help: "Approve although the exchange breaks a hard rule (audited as an override).")
    var override = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let id = try decision.swapID()
        try await databaseOptions.withDatabase { store in
            try await decision.requireManager(on: store)
            do {
                print(try await SwapDecisions.approve(id, note: decision.note, override: override, by: decision.by, on: store.database))
            } catch let refusal as SwapDecisions.Refusal {
                throw DatabaseFailure.report(refusal)
            }
        }
    }
}

/// `amhp swaps reject ID --by USER --note`.
struct SwapsRejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Decline an accepted swap as manager, with a note saying why.")

    @OptionGroup var decision: SwapDecisionOptions

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let id = try decision.swapID()
        try await databaseOptions.withDatabase { store in
            try await decision.requireManager(on: store)
            do {
                print(try await SwapDecisions.reject(id, note: decision.note, by: decision.by, on: store.database))
            } catch let refusal as SwapDecisions.Refusal {
                throw DatabaseFailure.report(refusal)
            }
        }
    }
}
