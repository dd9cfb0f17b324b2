import Foundation
import Storage
import Vapor

/// AMHPs' leave requests (`LeaveRequestRepository`).
protocol LeaveRequestStore: Sendable {
    @discardableResult
    func create(_ new: NewLeaveRequest, openLimit: Int, by actor: String, at date: Date) async throws -> LeaveRequestRecord
    func requests(status: LeaveRequestStatus?, amhpID: String?) async throws -> [LeaveRequestRecord]
    func request(id: UUID) async throws -> LeaveRequestRecord?
    @discardableResult
    func decide(id: UUID, to status: LeaveRequestStatus, note: String?, absenceID: String?, by actor: String,
                at date: Date) async throws -> LeaveRequestRecord
}

extension LeaveRequestRepository: LeaveRequestStore {}

/// The stand-in for stores built without a database (the in-memory handler tests): every call
/// refuses, since those tests never reach leave requests.
struct NoLeaveRequestStore: LeaveRequestStore {
    private var refusal: Abort { Abort(.serviceUnavailable, reason: "Leave requests need the service's database.") }

    func create(_ new: NewLeaveRequest, openLimit: Int, by actor: String, at date: Date) async throws -> LeaveRequestRecord { throw refusal }
    func requests(status: LeaveRequestStatus?, amhpID: String?) async throws -> [LeaveRequestRecord] { throw refusal }
    func request(id: UUID) async throws -> LeaveRequestRecord? { throw refusal }
    func decide(id: UUID, to status: LeaveRequestStatus, note: String?, absenceID: String?, by actor: String,
                at date: Date) async throws -> LeaveRequestRecord { throw refusal }
}

/// The store's refusals as the API answers them: each names the field and the fix.
extension LeaveRequestError: AbortError {
    public var status: HTTPResponseStatus {
        switch self {
        case .unknown: .notFound
        case .notPending: .conflict
        case .tooManyOpen: .unprocessableEntity
        }
    }

    public var reason: String {
        switch self {
        case .unknown(let id):
            "No leave request has the id \(id). Fix: use an id from GET /api/leave-requests."
        case .notPending(let id, let status):
            "Leave request \(id) is already \(status.rawValue), and a request is decided or withdrawn once. "
                + "Fix: to change it now, record or remove the absence on the Sickness and leave page."
        case .tooManyOpen(let amhpID, let open, let limit):
            "\(amhpID) already has \(open) leave requests waiting, the most one AMHP may have (\(limit)). "
                + "Fix: withdraw one, or wait for a manager to decide them, before asking again."
        }
    }
}
