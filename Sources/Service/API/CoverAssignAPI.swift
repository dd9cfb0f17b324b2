import Foundation
import RotaReports
import Storage
import Vapor
import Workforce

/// "Assign" on the who-can-cover page: puts a candidate on a shift. On a draft it is a cell edit;
/// on the published rota it makes the month's next version (kind `cover`) at once, with the TOIL it
/// plans back corrected as publishing does, so staff see the change without a re-plan.
enum CoverAssignAPI {
    static let assignCover = APIOperation(
        method: .POST, path: "/api/rotas/{rotaID}/cover", operationID: "assignCover", tag: "Rotas",
        summary: "Put an AMHP on a shift from who-can-cover: a draft is edited; the published rota gets a new version (kind cover). Refused, with the reason, for anyone who-can-cover does not list as a candidate.",
        roles: [.manager], parameters: [.path("rotaID", "The rota's id (a draft, or the month's published rota).", format: "uuid")],
        request: .json("CoverAssignment"), response: .json("RotaSummary"))

    static func register(_ api: APIRouter) {
        api.add(assignCover, assign)
    }

    @Sendable static func assign(_ request: Request, _ user: CurrentUser) async throws -> RotaSummaryDTO {
        let body = try request.content.decode(CoverAssignmentDTO.self)
        let saved = try await RotaAPI.rota(request, user: user)
        guard saved.record.status != .superseded else {
            throw Abort(.conflict, reason: "This version has been superseded; cover the shift on the month's published rota.")
        }
        let stores = request.stores
        let hub = try await ChainedHub.hub(for: saved.record.month, stores: stores)
        var reader = FieldReader()
        let amhp = reader.amhp(body.amhpID, in: hub)
        let date = reader.date(body.date, field: "date")
        if let date, !saved.record.month.range.contains(date) {
            reader.add("date", "\(date) is not in the rota's month, \(saved.record.month); give a date in it.")
        }
        let shift = reader.shift(body.shift, in: hub)
        try reader.check("The cover has problems; the rota was not changed.")
        guard let amhp, let date, let shift else { throw Abort(.unprocessableEntity) }
        let options = CoverAPI.options(for: saved.rota, hub: hub, date: date, shift: shift)
        try requireCandidate(amhp, in: options)
        let assignments = saved.rota.assignments.filter { !($0.amhpID == amhp.id && $0.date == date) }
            + [Assignment(amhpID: amhp.id, date: date, shiftCode: shift.code)]
        if saved.record.status == .draft {
            return RotaSummaryDTO(try await stores.rotas.updateDraft(id: saved.record.id, assignments: assignments, by: user.username))
        }
        let reason = "\(amhp.name) (\(amhp.id)) covers \(shift.name) (\(shift.code)) on \(date)"
        return RotaSummaryDTO(try await stores.publisher.publishVersion(month: saved.record.month, assignments: assignments, kind: .cover,
                                                                        reason: reason, hub: hub, by: user.username))
    }

    /// 409 for someone already on the shift; 422 with who-can-cover's own reason for anyone who cannot take it.
    static func requireCandidate(_ amhp: AMHP, in options: CoverOptions) throws {
        if options.candidates.contains(where: { $0.amhpID == amhp.id }) { return }
        if options.onShift.contains(amhp.id) {
            throw Abort(.conflict, reason: "\(amhp.name) is on this shift already.")
        }
        let refusal = options.cannot.first { $0.amhpID == amhp.id }
        var message = "\(amhp.name) cannot cover this shift"
        if let refusal {
            message += ": \(refusal.reason.phrase)"
            if case .hardRule(_, let detail) = refusal.reason { message += ". \(detail)" }
        }
        throw InputFailure("The cover was refused; the rota was not changed.",
                           problems: [Problem(field: "amhp_id", message: message + ". Choose someone from the list who can cover.")])
    }
}

/// `POST /api/rotas/{rotaID}/cover`: who takes which shift.
struct CoverAssignmentDTO: Content {
    let amhpID: String
    let date: String
    let shift: String
}
