import Foundation
import Storage
import Vapor
import Workforce

/// The forms of an AMHP's page for asking: leave (`LeaveRequestAPI.file`) and a shift to work or
/// avoid (`RequestAPI.file`), each withdrawable; the same functions the API uses. A refused form
/// comes back on the page as typed, the reasons beside its fields, answered with the refusal's status.
enum MyRequestPages {
    static func register(on app: Application) {
        app.post("my", "leave-requests", use: askForLeave)
        app.post("my", "leave-requests", ":leaveRequestID", "withdraw", use: withdrawLeave)
        app.post("my", "requests", use: askForShift)
        // Named as RequestAPI's parameter, so the page finds the request exactly as the API does.
        app.post("my", "requests", ":requestID", "withdraw", use: withdrawShift)
    }

    @Sendable static func askForLeave(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        let form = try request.content.decode(LeaveRequestFormFields.self)
        do {
            _ = try await LeaveRequestAPI.file(form.dto, request: request, user: user)
            return request.redirect(to: "/my#my-leave-requests", redirectType: .normal)
        } catch {
            return try await refused(request, user: user, failure: ServiceFailure(error)) { panel, _ in
                panel.refuseLeave(form.dto, failure: ServiceFailure(error))
            }
        }
    }

    @Sendable static func withdrawLeave(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        try await LeaveRequestAPI.withdraw(try LeaveRequestAPI.requestID(request), request: request, user: user)
        return request.redirect(to: "/my#my-leave-requests", redirectType: .normal)
    }

    @Sendable static func askForShift(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        let form = try request.content.decode(ShiftRequestFormFields.self)
        do {
            _ = try await RequestAPI.file(form.dto, request: request, user: user)
            return request.redirect(to: "/my#requests-heading", redirectType: .normal)
        } catch {
            return try await refused(request, user: user, failure: ServiceFailure(error)) { panel, hub in
                panel.refuseShift(form.dto, hub: hub, failure: ServiceFailure(error))
            }
        }
    }

    @Sendable static func withdrawShift(_ request: Request) async throws -> Response {
        let user = try request.requireUser([.amhp])
        let id = try request.identifier("requestID")
        try await request.stores.hub.update(by: user.username, action: "request.delete", subject: "request:\(id)", detail: [:]) { hub in
            try RequestForm.removing(id, by: user, from: hub)
        }
        return request.redirect(to: "/my#requests-heading", redirectType: .normal)
    }

    /// The AMHP's page for this month with a form refused, answered with the refusal's status.
    static func refused(_ request: Request, user: CurrentUser, failure: ServiceFailure,
                        _ refuse: (inout MyRequestsPanel, Hub) -> Void) async throws -> Response {
        guard failure.status.code < 500, let amhpID = user.account.amhpID else { throw Abort(failure.status, reason: failure.message) }
        var view = try await MyPageView.load(request.stores, amhpID: amhpID, month: ServiceClock.thisMonth,
                                             changesSeenAt: user.account.changesSeenAt)
        refuse(&view.requestPanel, try await request.stores.hub.require())
        let response = try await request.page("my", title: "My rota", user: user, view).encodeResponse(for: request)
        response.status = failure.status
        return response
    }
}

/// The leave form as posted.
struct LeaveRequestFormFields: Content {
    let kind: String
    let start: String
    let end: String
    let note: String?

    var dto: NewLeaveRequestDTO { NewLeaveRequestDTO(amhpID: nil, kind: kind, start: start, end: end, note: note) }
}

/// The shift request form as posted: the weight as typed, so a word is refused by `RequestForm` with the others.
struct ShiftRequestFormFields: Content {
    let date: String
    let shift: String?
    let preference: String
    let weight: String?

    var dto: NewRequestDTO {
        NewRequestDTO(amhpID: nil, date: date, shift: shift, preference: preference,
                      weight: weight.flatMap { $0.isEmpty ? nil : (Int($0) ?? 0) })
    }
}
