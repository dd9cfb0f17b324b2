import FluentKit
import Foundation
import Storage
import Workforce

/// Leave requests decided from outside a web request (`amhp leave-requests`): the same functions
/// as `LeaveRequestAPI` on the Fluent stores, so an approval records its absence, and makes its
/// rota version, exactly as the API's does. No e-mail is sent from here.
public struct LeaveRequestDesk: Sendable {
    let stores: ServiceStores

    public init(database: any Database) {
        // The password cost is unused: the desk neither creates users nor checks passwords.
        stores = .fluent(database, passwordCost: 4)
    }

    /// The requests, pending first, of one status or all.
    public func requests(status: LeaveRequestStatus?) async throws -> [LeaveRequestRecord] {
        try await stores.leaveRequests.requests(status: status, amhpID: nil)
    }

    /// Approves a pending request as `actor`: the absence, then the request marked approved.
    /// - Returns: the absence's id.
    @discardableResult
    public func approve(_ id: UUID, note: String?, by actor: String) async throws -> String {
        try await LeaveRequestAPI.approve(id, note: try checkedNote(note), stores: stores, by: actor).absenceID ?? ""
    }

    public func decline(_ id: UUID, note: String?, by actor: String) async throws {
        _ = try await LeaveRequestAPI.decline(id, note: try checkedNote(note), stores: stores, by: actor)
    }

    /// The refusal's sentence, for an error this desk throws: cause and fix.
    public static func message(for error: any Error) -> String? {
        switch error {
        case let refusal as LeaveRequestError: refusal.reason
        case let failure as InputFailure: ([failure.message] + failure.problems.map { "\($0.field): \($0.message)" }).joined(separator: " ")
        default: nil
        }
    }

    private func checkedNote(_ note: String?) throws -> String? {
        try LeaveRequestForm.decisionNote(LeaveDecisionDTO(note: note))
    }
}
