import Foundation
import Storage
import Vapor
import Workforce

/// AMHPs ask for leave; a manager approves it (it becomes an absence through `LeaveAPI.record`, so
/// a published month gets its new version at once) or declines it; the AMHP may withdraw it while
/// it waits. The manager sees what approving would leave short (`LeaveCoverImpact`).
enum LeaveRequestAPI {
    static let listLeaveRequests = APIOperation(
        method: .GET, path: "/api/leave-requests", operationID: "listLeaveRequests", tag: "Availability",
        summary: "Leave requests, pending first; a manager sees all, an AMHP only their own.", roles: [.manager, .amhp],
        parameters: [.query("status", "Only those of this status: pending, approved, declined or withdrawn."),
                     .query("amhp_id", "Only this AMHP's.")],
        response: .jsonArray("LeaveRequest"))
    static let addLeaveRequest = APIOperation(
        method: .POST, path: "/api/leave-requests", operationID: "addLeaveRequest", tag: "Availability",
        summary: "Ask for leave (annual, training, toil or other) from `start` to `end`. An AMHP asks for themself; a manager names the AMHP. "
            + "A past day is refused; days inside a published month make it a change request.",
        roles: [.manager, .amhp], request: .json("NewLeaveRequest"), response: .json("LeaveRequest"), status: .created)
    static let approveLeaveRequest = APIOperation(
        method: .POST, path: "/api/leave-requests/{leaveRequestID}/approve", operationID: "approveLeaveRequest", tag: "Availability",
        summary: "Approve a pending request: it is recorded as an absence (as POST /api/leave), taking the AMHP off published shifts in a new rota version. The body is `{}`, or has a `note` the AMHP sees.",
        roles: [.manager], parameters: [.path("leaveRequestID", "The request's id from GET /api/leave-requests.", format: "uuid")],
        request: .json("LeaveDecision"), response: .json("LeaveRequest"))
    static let declineLeaveRequest = APIOperation(
        method: .POST, path: "/api/leave-requests/{leaveRequestID}/decline", operationID: "declineLeaveRequest", tag: "Availability",
        summary: "Decline a pending request. The body is `{}`, or has a `note` the AMHP sees.",
        roles: [.manager], parameters: [.path("leaveRequestID", "The request's id from GET /api/leave-requests.", format: "uuid")],
        request: .json("LeaveDecision"), response: .json("LeaveRequest"))
    static let withdrawLeaveRequest = APIOperation(
        method: .DELETE, path: "/api/leave-requests/{leaveRequestID}", operationID: "withdrawLeaveRequest", tag: "Availability",
        summary: "Withdraw one's own request while it is pending (it is kept, as withdrawn).", roles: [.amhp],
        parameters: [.path("leaveRequestID", "The request's id from GET /api/leave-requests.", format: "uuid")],
        response: .none, status: .noContent)
    static let leaveRequestImpact = APIOperation(
        method: .GET, path: "/api/leave-requests/{leaveRequestID}/impact", operationID: "leaveRequestImpact", tag: "Availability",
        summary: "What approving the request would leave short: per month touched, the shifts that would fall below minimum, checked on the published rota (or latest draft).",
        roles: [.manager], parameters: [.path("leaveRequestID", "The request's id from GET /api/leave-requests.", format: "uuid")],
        response: .json("CoverImpact"))

    static func register(_ api: APIRouter) {
        api.add(listLeaveRequests, list)
        api.add(addLeaveRequest, add)
        api.add(approveLeaveRequest, approve)
        api.add(declineLeaveRequest, decline)
        api.add(withdrawLeaveRequest, withdraw)
        api.add(leaveRequestImpact, impact)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [LeaveRequestDTO] {
        var reader = FieldReader()
        let status = reader.optionalChoice(request.query[String.self, at: "status"], LeaveRequestStatus.self, field: "status")
        try reader.check()
        let asked = request.query[String.self, at: "amhp_id"]
        let amhpID = user.role == .amhp ? (user.account.amhpID ?? "") : asked
        let hub = try await request.stores.hub.require()
        return try await dtos(request.stores.leaveRequests.requests(status: status, amhpID: amhpID), hub: hub)
    }

    @Sendable static func add(_ request: Request, _ user: CurrentUser) async throws -> Created<LeaveRequestDTO> {
        let new = try request.json(NewLeaveRequestDTO.self)
        return Created(try await file(new, request: request, user: user))
    }

    /// Files a request: an AMHP's for themself whatever `amhp_id` says, a manager's for the AMHP named.
    static func file(_ new: NewLeaveRequestDTO, request: Request, user: CurrentUser) async throws -> LeaveRequestDTO {
        let stores = request.stores
        let hub = try await stores.hub.require()
        let amhpID = user.role == .amhp ? (user.account.amhpID ?? "") : (new.amhpID ?? "")
        let rules = try await RequestDateRules.load(stores.rotas)
        let checked = try LeaveRequestForm.request(new, amhpID: amhpID, in: hub, rules: rules)
        let record = try await stores.leaveRequests.create(checked, openLimit: LeaveRequestLimits.openPerAMHP, by: user.username, at: Date())
        return LeaveRequestDTO(record, name: hub.amhp(amhpID)?.name ?? amhpID)
    }

    @Sendable static func approve(_ request: Request, _ user: CurrentUser) async throws -> LeaveRequestDTO {
        let id = try requestID(request)
        return try await approve(id, note: try LeaveRequestForm.decisionNote(try decision(request)), request: request, user: user)
    }

    static func approve(_ id: UUID, note: String?, request: Request, user: CurrentUser) async throws -> LeaveRequestDTO {
        try await approve(id, note: note, stores: request.stores, by: user.username)
    }

    /// Records the absence through `LeaveAPI.record` (a published month gets its new version at
    /// once), then marks the request approved with the absence's id.
    static func approve(_ id: UUID, note: String?, stores: ServiceStores, by actor: String) async throws -> LeaveRequestDTO {
        let record = try await pending(id, stores: stores)
        let (leave, _) = try await LeaveAPI.record(
            NewLeaveDTO(amhpID: record.amhpID, kind: record.kind.rawValue, start: "\(record.dates.first)", end: "\(record.dates.last)",
                        note: record.note),
            stores: stores, by: actor)
        let approved: LeaveRequestRecord
        do {
            approved = try await stores.leaveRequests.decide(id: id, to: .approved, note: note, absenceID: leave.id, by: actor, at: Date())
        } catch {
            // Decided or withdrawn meanwhile by someone else: the absence just recorded is no one's
            // approval, so it is taken out again (as removing an absence does, shifts stay off).
            _ = try? await stores.hub.update(by: actor, action: "leave.delete", subject: "leave:\(leave.id)",
                                             detail: ["reason": "leave request \(id) was decided meanwhile"]) { hub in
                try LeaveForm.removing(leave.id, from: hub)
            }
            throw error
        }
        return LeaveRequestDTO(approved, name: try await stores.hub.require().amhp(approved.amhpID)?.name ?? approved.amhpID)
    }

    @Sendable static func decline(_ request: Request, _ user: CurrentUser) async throws -> LeaveRequestDTO {
        let id = try requestID(request)
        return try await decline(id, note: try LeaveRequestForm.decisionNote(try decision(request)), request: request, user: user)
    }

    static func decline(_ id: UUID, note: String?, request: Request, user: CurrentUser) async throws -> LeaveRequestDTO {
        try await decline(id, note: note, stores: request.stores, by: user.username)
    }

    static func decline(_ id: UUID, note: String?, stores: ServiceStores, by actor: String) async throws -> LeaveRequestDTO {
        let declined = try await stores.leaveRequests.decide(id: id, to: .declined, note: note, absenceID: nil, by: actor, at: Date())
        return LeaveRequestDTO(declined, name: try await stores.hub.require().amhp(declined.amhpID)?.name ?? declined.amhpID)
    }

    @Sendable static func withdraw(_ request: Request, _ user: CurrentUser) async throws -> HTTPStatus {
        try await withdraw(try requestID(request), request: request, user: user)
        return .noContent
    }

    /// Withdraws the AMHP's own pending request; 403 for another AMHP's.
    static func withdraw(_ id: UUID, request: Request, user: CurrentUser) async throws {
        let stores = request.stores
        guard let record = try await stores.leaveRequests.request(id: id) else { throw LeaveRequestError.unknown(id) }
        guard user.maySee(amhpID: record.amhpID) else {
            throw ServiceRefusal(.forbidden, field: "leaveRequestID", "An AMHP may withdraw only their own leave requests.")
        }
        try await stores.leaveRequests.decide(id: id, to: .withdrawn, note: nil, absenceID: nil, by: user.username, at: Date())
    }

    @Sendable static func impact(_ request: Request, _ user: CurrentUser) async throws -> CoverImpactDTO {
        let stores = request.stores
        guard let record = try await stores.leaveRequests.request(id: try requestID(request)) else {
            throw LeaveRequestError.unknown(try requestID(request))
        }
        return try await LeaveCoverImpact.impact(of: record, hub: try await stores.hub.require(), rotas: stores.rotas)
    }

    /// The request, while it is pending; 404 or 409 otherwise (checked again when it is decided).
    static func pending(_ id: UUID, stores: ServiceStores) async throws -> LeaveRequestRecord {
        guard let record = try await stores.leaveRequests.request(id: id) else { throw LeaveRequestError.unknown(id) }
        guard record.status.isOpen else { throw LeaveRequestError.notPending(id, record.status) }
        return record
    }

    /// The path's request id; 404 naming it when it is not a UUID, since no such request can exist.
    static func requestID(_ request: Request) throws -> UUID {
        let text = try request.identifier("leaveRequestID")
        guard let id = UUID(uuidString: text) else {
            throw ServiceRefusal(.notFound, field: "leaveRequestID",
                                "\"\(FieldReader.shown(text))\" is not a leave request id. Fix: use an id from GET /api/leave-requests.")
        }
        return id
    }

    /// The optional decision body: none, or `{"note": ...}`.
    static func decision(_ request: Request) throws -> LeaveDecisionDTO? {
        guard let buffer = request.body.data, buffer.readableBytes > 0 else { return nil }
        return try request.json(LeaveDecisionDTO.self)
    }

    /// The records as DTOs, each with the AMHP's name.
    static func dtos(_ records: [LeaveRequestRecord], hub: Hub) -> [LeaveRequestDTO] {
        records.map { LeaveRequestDTO($0, name: hub.amhp($0.amhpID)?.name ?? $0.amhpID) }
    }
}
