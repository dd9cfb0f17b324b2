import Foundation
import Storage
import Vapor
import Workforce

/// The manager's "Leave requests" page: approve or decline what AMHPs asked for, seeing first what
/// approving would leave short. The same functions as `LeaveRequestAPI`.
enum LeaveRequestPages {
    static let roles = LeaveRequestAPI.approveLeaveRequest.roles

    static func register(on app: Application) {
        app.get("requests", use: page)
        // Named as LeaveRequestAPI's parameter, so the page finds the request exactly as the API does.
        app.post("requests", ":leaveRequestID", "approve", use: approve)
        app.post("requests", ":leaveRequestID", "decline", use: decline)
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        return try await render(request, user: user, notice: nil, failure: nil)
    }

    @Sendable static func approve(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let form = try request.content.decode(DecisionFormFields.self)
        do {
            let id = try LeaveRequestAPI.requestID(request)
            let note = try LeaveRequestForm.decisionNote(LeaveDecisionDTO(note: form.note))
            let approved = try await LeaveRequestAPI.approve(id, note: note, request: request, user: user)
            return try await render(request, user: user, notice: "Approved \(approved.kind) for \(approved.name), \(approved.start) to \(approved.end): "
                                    + "recorded as an absence.", failure: nil)
        } catch {
            return try await render(request, user: user, notice: nil, failure: error)
        }
    }

    @Sendable static func decline(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let form = try request.content.decode(DecisionFormFields.self)
        do {
            let id = try LeaveRequestAPI.requestID(request)
            let note = try LeaveRequestForm.decisionNote(LeaveDecisionDTO(note: form.note))
            let declined = try await LeaveRequestAPI.decline(id, note: note, request: request, user: user)
            return try await render(request, user: user, notice: "Declined \(declined.kind) for \(declined.name), \(declined.start) to \(declined.end).",
                                    failure: nil)
        } catch {
            return try await render(request, user: user, notice: nil, failure: error)
        }
    }

    /// The page, with each pending request's cover impact; answered with a refusal's status.
    static func render(_ request: Request, user: CurrentUser, notice: String?, failure: (any Error)?) async throws -> Response {
        let stores = request.stores
        let hub = try await stores.hub.require()
        let records = try await stores.leaveRequests.requests(status: nil, amhpID: nil)
        var impacts: [UUID: CoverImpactDTO] = [:]
        for record in records where record.status.isOpen {
            impacts[record.id] = try await LeaveCoverImpact.impact(of: record, hub: hub, rotas: stores.rotas)
        }
        let described = failure.map(ServiceFailure.init)
        let view = LeaveRequestsPageView(records: records, impacts: impacts, hub: hub, notice: notice,
                                         error: described.map { failure in failure.problems.map(\.message).joined(separator: " ") })
        let response = try await request.page("requests", title: "Leave requests", user: user, view).encodeResponse(for: request)
        if let described { response.status = described.status }
        return response
    }
}

/// A decision as posted: the manager's optional note.
struct DecisionFormFields: Content {
    let note: String?
}
