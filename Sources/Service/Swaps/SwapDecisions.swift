import FluentKit
import Foundation
import Vapor
import Storage

/// Approving and rejecting swaps from the command line (`amhp swaps approve|reject`): the same
/// path as the manager's page and API, on a database rather than a request. No e-mail is sent
/// from here; the new version shows on staff's /my and calendar feeds as any other.
public enum SwapDecisions {
    /// Why the command refused: the service's message and each problem, as sentences.
    public struct Refusal: Error, CustomStringConvertible {
        public let status: Int
        public let description: String
    }

    /// Approves the swap as `actor`; returns a sentence saying which version it made.
    public static func approve(_ id: UUID, note: String?, override: Bool, by actor: String, on database: any Database) async throws -> String {
        try await refusing {
            let (swap, version) = try await SwapApproval.approve(id, note: note, override: override, by: actor, on: database,
                                                                 mailer: NoMailer(), logger: Logger(label: "amhp.swaps"))
            return "Swap \(swap.id) approved\(swap.overrode ? " (hard rules overridden)" : ""): \(swap.month) version \(version.version ?? 0) "
                + "(rota \(version.id)) makes the exchange."
        }
    }

    /// Rejects the swap as `actor` with `note`; returns a sentence saying so.
    public static func reject(_ id: UUID, note: String?, by actor: String, on database: any Database) async throws -> String {
        try await refusing {
            let note = try SwapDesk.noteText(note, required: true)
            let swap = try await SwapDesk.guarded { try await SwapRepository(database: database).reject(id: id, note: note, by: actor) }
            return "Swap \(swap.id) declined: \(note)"
        }
    }

    private static func refusing(_ body: () async throws -> String) async throws -> String {
        do {
            return try await body()
        } catch let error as StorageError {
            throw error
        } catch {
            let failure = ServiceFailure(error)
            let problems = failure.problems.filter { $0.message != failure.message }.map { "  \($0.field): \($0.message)" }
            throw Refusal(status: Int(failure.status.code), description: ([failure.message] + problems).joined(separator: "\n"))
        }
    }
}
