import RotaReports
import Storage
import Vapor
import Workforce

/// Rotas: list, read (re-checked), edit a cell and re-check, publish, delete a draft, export.
enum RotaAPI {
    static let readers: [UserRole] = [.manager, .lead, .hr]

    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/rotas", operationID: "listRotas", tag: "Rotas",
            summary: "Rotas newest first; managers see drafts too, others only published rotas.", roles: readers,
            parameters: [.query("month", "Only this month's (YYYY-MM).")], response: .jsonArray("RotaSummary"))) { request, user in
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
            try reader.check()
            return try await RotaRepository(database: request.db).rotas(month: month)
                .filter { user.role == .manager || $0.status == .published }.map(RotaSummaryDTO.init)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/rotas/{rotaID}", operationID: "getRota", tag: "Rotas",
            summary: "A rota as the grid shows it, re-checked: cells, coverage, violations and why each short shift is short.",
            roles: readers, parameters: [.path("rotaID", "The rota's id.", format: "uuid")], response: .json("RotaDetail"))) { request, user in
            let saved = try await rota(request, user: user)
            return RotaPresenter(hub: try await HubRepository(database: request.db).require()).detail(of: saved)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/rotas/{rotaID}/rota.csv", operationID: "exportRota", tag: "Rotas",
            summary: "The rota as rota.csv (docs/data-format.md), as `amhp check` reads it.", roles: readers,
            parameters: [.path("rotaID", "The rota's id.", format: "uuid")], response: .text("text/csv"))) { request, user in
            let saved = try await rota(request, user: user)
            let hub = try await HubRepository(database: request.db).require()
            let response = Response(status: .ok, body: .init(string: RotaFiles.rotaCSV(saved.rota, hub: hub)))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            response.headers.contentDisposition = .init(.attachment, filename: "rota-\(saved.record.month).csv")
            return response
        }
        api.add(APIOperation(
            method: .PUT, path: "/api/rotas/{rotaID}/assignments", operationID: "editShift", tag: "Rotas",
            summary: "Change one AMHP's shift on one day of a draft (`shift` null for none); returns the rota re-checked.",
            roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
            request: .json("ShiftEdit"), response: .json("RotaDetail"))) { request, user in
            let edit = try request.content.decode(ShiftEditDTO.self)
            let saved = try await rota(request, user: user)
            let hub = try await HubRepository(database: request.db).require()
            guard saved.record.status == .draft else {
                throw Abort(.conflict, reason: "A published rota is not edited; edit a draft and publish it instead.")
            }
            var reader = FieldReader()
            _ = reader.amhp(edit.amhpID, in: hub)
            let editedDate = reader.date(edit.date, field: "date")
            if let editedDate, !saved.record.month.range.contains(editedDate) {
                reader.add("date", "\(editedDate) is not in the rota's month, \(saved.record.month).")
            }
            if let code = edit.shift { _ = reader.shift(code, in: hub) }
            let date = try reader.require(editedDate, "The change has problems; the rota was not changed.")
            var assignments = saved.rota.assignments.filter { !($0.amhpID == edit.amhpID && $0.date == date) }
            if let code = edit.shift {
                assignments.append(Assignment(amhpID: edit.amhpID, date: date, shiftCode: code, isCoordinator: edit.coordinator ?? false))
            }
            let record = try await RotaRepository(database: request.db)
                .updateDraft(id: saved.record.id, assignments: assignments, by: user.username)
            // The stored assignments are the ones just written: no need to read them back.
            return RotaPresenter(hub: hub).detail(of: SavedRota(record: record, rota: Rota(month: record.month, assignments: assignments)))
        }
        api.add(APIOperation(
            method: .POST, path: "/api/rotas/{rotaID}/publish", operationID: "publishRota", tag: "Rotas",
            summary: "Publish a draft: staff see it, the month's earlier published rota goes back to draft, and the TOIL it plans back is entered in the ledger.",
            roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
            response: .json("RotaSummary"))) { request, user in
            let saved = try await rota(request, user: user)
            let hub = try await HubRepository(database: request.db).require()
            return RotaSummaryDTO(try await RotaPublisher(hub: hub, database: request.db).publish(saved, by: user.username))
        }
        api.add(APIOperation(
            method: .DELETE, path: "/api/rotas/{rotaID}", operationID: "deleteRota", tag: "Rotas",
            summary: "Delete a draft.", roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
            response: .none, status: .noContent)) { request, user in
            let saved = try await rota(request, user: user)
            try await RotaRepository(database: request.db).deleteDraft(id: saved.record.id, by: user.username)
            return HTTPStatus.noContent
        }
    }

    /// The rota named in the path, if this user may see it: managers any, others published only.
    static func rota(_ request: Request, user: CurrentUser) async throws -> SavedRota {
        guard let id = request.parameters.get("rotaID", as: UUID.self) else {
            throw Abort(.badRequest, reason: "The rota id is not a UUID.")
        }
        guard let saved = try await RotaRepository(database: request.db).rota(id: id),
              user.role == .manager || saved.record.status == .published else {
            throw Abort(.notFound, reason: "No rota has the id \(id).")
        }
        return saved
    }
}
