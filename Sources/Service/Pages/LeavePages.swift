import Storage
import Vapor
import Workforce

/// The manager's absence page: record sickness or leave (the same path as `POST /api/leave`, so an
/// absence on a published rota makes its new version at once), and remove one recorded in error.
enum LeavePages {
    static let roles = LeaveAPI.addLeave.roles

    static func register(on app: Application) {
        app.get("leave", use: page)
        app.post("leave", use: add)
        // The parameter is named as LeaveAPI's, so the page finds the absence exactly as the API does.
        app.post("leave", ":leaveID", "delete", use: delete)
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        return try await render(request, user: user, form: nil, failure: nil, notice: nil)
    }

    /// Records the absence and comes back to the page, saying which rota versions it made; a
    /// refused form is shown again as filled in, with its problems, answered with their status.
    @Sendable static func add(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let form = try request.content.decode(LeaveFormFields.self)
        do {
            let (leave, versions) = try await LeaveAPI.record(form.newLeave, request: request, user: user)
            let made = versions.map { "\(PageText.monthName($0.month)) version \($0.version ?? 0)" }.joined(separator: ", ")
            let notice = "Recorded \(leave.kind) for \(leave.amhpID), \(leave.start) to \(leave.end)"
                + (versions.isEmpty ? "; no published rota had them on those days." : "; taken off their shifts in \(made).")
            return try await render(request, user: user, form: nil, failure: nil, notice: notice)
        } catch {
            return try await render(request, user: user, form: form, failure: error, notice: nil)
        }
    }

    @Sendable static func delete(_ request: Request) async throws -> Response {
        let user = try request.requireUser(roles)
        let id = try request.identifier("leaveID")
        try await request.stores.hub.update(by: user.username, action: "leave.delete", subject: "leave:\(id)", detail: [:]) { hub in
            try LeaveForm.removing(id, from: hub)
        }
        return request.redirect(to: "/leave", redirectType: .normal)
    }

    static func render(_ request: Request, user: CurrentUser, form: LeaveFormFields?, failure: (any Error)?,
                       notice: String?) async throws -> Response {
        let hub = try await request.stores.hub.require()
        let described = failure.map(ServiceFailure.init)
        let view = LeavePageView(hub: hub, form: form, error: described?.message, problems: described?.problems ?? [], notice: notice)
        let response = try await request.page("leave", title: "Sickness and leave", user: user, view).encodeResponse(for: request)
        if let described { response.status = described.status }
        return response
    }
}

/// The leave form as posted (`application/x-www-form-urlencoded`), read through `LeaveForm` like the API's body.
struct LeaveFormFields: Content {
    let amhpID: String
    let kind: String
    let start: String
    let end: String
    let note: String?

    enum CodingKeys: String, CodingKey {
        case amhpID = "amhp_id", kind, start, end, note
    }

    var newLeave: NewLeaveDTO { NewLeaveDTO(amhpID: amhpID, kind: kind, start: start, end: end, note: note) }
}
