import Foundation
import RotaReports
import Storage
import Vapor
import Workforce

/// "Who can cover" a shift of a rota, and the picker's choices for one cell: read-only, each answer
/// worked out by the independent checker on the rota as stored. Leads see them for published rotas.
enum CoverAPI {
    static let roles: [UserRole] = [.manager, .lead]

    static let coverShift = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/cover", operationID: "coverShift", tag: "Rotas",
        summary: "Who can cover one shift: every AMHP of the hub, those who may ranked by the change in the checker's objective (lowest first) with the soft rules it strains, then those who cannot and why.",
        roles: roles,
        parameters: [.path("rotaID", "The rota's id.", format: "uuid"),
                     .query("date", "The shift's date, YYYY-MM-DD, in the rota's month.", format: "date"),
                     .query("shift", "The shift code.")],
        response: .json("CoverOptions"))
    static let cellChoices = APIOperation(
        method: .GET, path: "/api/rotas/{rotaID}/cells/{amhpID}/{date}/choices", operationID: "cellChoices", tag: "Rotas",
        summary: "What each choice for one cell (each shift type, then off) would do: the hard rules it would break, the change in the checker's objective, and the soft rules it strains.",
        roles: roles,
        parameters: [.path("rotaID", "The rota's id.", format: "uuid"), .path("amhpID", "The AMHP's id."),
                     .path("date", "The cell's date, YYYY-MM-DD, in the rota's month.", format: "date")],
        response: .json("CellChoices"))

    static func register(_ api: APIRouter) {
        api.add(coverShift, cover)
        api.add(cellChoices, choices)
    }

    @Sendable static func cover(_ request: Request, _ user: CurrentUser) async throws -> CoverOptionsDTO {
        let saved = try await RotaAPI.rota(request, user: user)
        let hub = try await ChainedHub.hub(for: saved.record.month, stores: request.stores)
        let (date, shift) = try shiftQuery(request, hub: hub, month: saved.record.month)
        return CoverOptionsDTO(options(for: saved.rota, hub: hub, date: date, shift: shift), hub: hub)
    }

    @Sendable static func choices(_ request: Request, _ user: CurrentUser) async throws -> CellChoicesDTO {
        let saved = try await RotaAPI.rota(request, user: user)
        let hub = try await ChainedHub.hub(for: saved.record.month, stores: request.stores)
        var reader = FieldReader()
        let amhp = reader.amhp(try request.identifier("amhpID"), in: hub, field: "amhpID")
        let date = inMonth(reader.date(request.parameters.get("date"), field: "date"), saved.record.month, reader: &reader)
        try reader.check("The cell is not one of the rota's.")
        guard let amhp, let date else { throw Abort(.unprocessableEntity) }
        let effects = ChangeEvaluator(hub: hub, rota: saved.rota).choices(for: amhp.id, on: date)
        return CellChoicesDTO(amhpID: amhp.id, date: "\(date)", current: saved.rota.shift(of: amhp.id, on: date),
                              choices: effects.map(CellChoiceDTO.init))
    }

    /// The ranked options for one shift of a stored rota (the API's answer and the page's).
    static func options(for rota: Rota, hub: Hub, date: LocalDate, shift: ShiftType) -> CoverOptions {
        CoverFinder(evaluator: ChangeEvaluator(hub: hub, rota: rota)).options(on: date, shift: shift)
    }

    /// `date` and `shift` from the query, read with their bounds; 422 naming each field that is wrong.
    static func shiftQuery(_ request: Request, hub: Hub, month: Month) throws -> (LocalDate, ShiftType) {
        var reader = FieldReader()
        let date = inMonth(reader.date(request.query[String.self, at: "date"], field: "date"), month, reader: &reader)
        let shift = reader.shift(request.query[String.self, at: "shift"], in: hub)
        try reader.check("The shift to cover is not one of the rota's.")
        guard let date, let shift else { throw Abort(.unprocessableEntity) }
        return (date, shift)
    }

    private static func inMonth(_ date: LocalDate?, _ month: Month, reader: inout FieldReader) -> LocalDate? {
        guard let date else { return nil }
        guard month.range.contains(date) else {
            reader.add("date", "\(date) is not in the rota's month, \(month); give a date in it.")
            return nil
        }
        return date
    }
}
