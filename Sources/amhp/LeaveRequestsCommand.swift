import ArgumentParser
import Foundation
import Service
import Storage
import Workforce

/// `amhp leave-requests`: AMHPs' requests for leave, listed and decided against the database.
struct LeaveRequestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave-requests",
        abstract: "List AMHPs' leave requests, and approve or decline them.",
        subcommands: [LeaveRequestsListCommand.self, LeaveRequestsApproveCommand.self, LeaveRequestsDeclineCommand.self])
}

/// `amhp leave-requests list [--status pending]`.
struct LeaveRequestsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print leave requests, pending first: id, AMHP, kind, days, status, who asked and decided, and the note.",
        discussion: "A request marked (change) touched a published rota when it was asked for.")

    @Option(help: "Only requests of this status: pending, approved, declined or withdrawn.")
    var status: LeaveRequestStatus?

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            print(Self.report(try await LeaveRequestDesk(database: store.database).requests(status: status)), terminator: "")
        }
    }

    static func report(_ records: [LeaveRequestRecord]) -> String {
        guard !records.isEmpty else { return "No leave requests.\n" }
        var rows = [["Id", "AMHP", "Kind", "From", "To", "Status", "Asked by", "Decided by", "Note"]]
        for record in records {
            rows.append([record.id.uuidString, record.amhpID, record.kind.rawValue, "\(record.dates.first)", "\(record.dates.last)",
                         record.status.rawValue + (record.changeRequest ? " (change)" : ""), record.createdBy, record.decidedBy ?? "",
                         record.decisionNote ?? record.note])
        }
        return TOILText.table(rows) + "\n"
    }
}

/// What `amhp leave-requests approve` and `decline` share: the request, the note and the manager.
struct LeaveDecisionOptions: ParsableArguments {
    @Argument(help: "The request's id, from amhp leave-requests list.")
    var id: String

    @Option(help: "A note the AMHP sees.")
    var note: String?

    @Option(help: "The manager deciding: a user name of role manager.")
    var by: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard UUID(uuidString: id) != nil else { throw ValidationError("\"\(id)\" is not a request id; use one from amhp leave-requests list.") }
    }

    /// Checks `--by` is a manager, then runs `decide` on the desk; its refusals are printed with their fix (exit 1).
    func run(_ decide: @escaping (LeaveRequestDesk, UUID) async throws -> String) async throws {
        let requestID = UUID(uuidString: id) ?? UUID()
        try await databaseOptions.withDatabase { store in
            let users = try await UserRepository(database: store.database, passwordCost: 4).users()
            guard users.contains(where: { $0.username == by && $0.role == .manager }) else {
                throw DatabaseFailure.report("\(by) is not a manager of the service. Fix: give --by the user name of a manager (amhp users add --role manager).")
            }
            do {
                print(try await decide(LeaveRequestDesk(database: store.database), requestID))
            } catch {
                guard let message = LeaveRequestDesk.message(for: error) else { throw error }
                throw DatabaseFailure.report(message)
            }
        }
    }
}

/// `amhp leave-requests approve ID [--note] --by USER`.
struct LeaveRequestsApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a pending leave request: it is recorded as an absence.",
        discussion: """
            As the service does, a published month the AMHP works on those days gets a new version without their shifts at \
            once. A request is decided once.
            Exit status: 0 when approved, 2 when an argument is malformed, 1 when refused (unknown, already decided, not a manager).
            """)

    @OptionGroup var options: LeaveDecisionOptions

    func run() async throws {
        let (note, by) = (options.note, options.by)
        try await options.run { desk, id in
            let absenceID = try await desk.approve(id, note: note, by: by)
            return "Approved leave request \(id): recorded as absence \(absenceID)."
        }
    }
}

/// `amhp leave-requests decline ID [--note] --by USER`.
struct LeaveRequestsDeclineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "Decline a pending leave request, with a note the AMHP sees.",
        discussion: "Exit status: 0 when declined, 2 when an argument is malformed, 1 when refused (unknown, already decided, not a manager).")

    @OptionGroup var options: LeaveDecisionOptions

    func run() async throws {
        let (note, by) = (options.note, options.by)
        try await options.run { desk, id in
            try await desk.decline(id, note: note, by: by)
            return "Declined leave request \(id)."
        }
    }
}

extension LeaveRequestStatus: ExpressibleByArgument {}
